package dev.retort.processor.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamingStrategyTest {
  @Test
  void jpaKeepsNamesAsWritten() {
    assertEquals("createdAt", NamingStrategy.JPA.apply("createdAt"));
    assertEquals("Todo_SEQ", NamingStrategy.JPA.apply("Todo_SEQ"));
  }

  @Test
  void snakeFollowsSpringBoot() {
    assertEquals("created_at", NamingStrategy.SNAKE.apply("createdAt"));
    assertEquals("todo_seq", NamingStrategy.SNAKE.apply("Todo_SEQ"));
    assertEquals("user_id", NamingStrategy.SNAKE.apply("userId"));
    assertEquals("userid", NamingStrategy.SNAKE.apply("userID"));
    assertEquals("address_line2", NamingStrategy.SNAKE.apply("addressLine2"));
    assertEquals("work_street", NamingStrategy.SNAKE.apply("work.street"));
    assertEquals("order_line", NamingStrategy.SNAKE.apply("OrderLine"));
  }

  @Test
  void longGeneratedNamesEndInAHash() {
    String name = MappingRules.foreignKeyName("a_table_with_a_really_long_name", java.util.List.of(
        "and_a_column_with_an_even_longer_name"));
    assertEquals(63, name.length());
    assertEquals(name, MappingRules.foreignKeyName("a_table_with_a_really_long_name", java.util.List.of(
        "and_a_column_with_an_even_longer_name")));
  }
}
