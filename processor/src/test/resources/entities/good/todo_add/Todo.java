package todo;

import dev.retort.annotations.DbDefault;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "todos", indexes = @Index(columnList = "title"))
public class Todo {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  private String body;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Priority priority;

  @ManyToOne
  private User owner;

  private boolean done;

  private Instant deletedAt;

  @DbDefault("false")
  @Column(nullable = false)
  private Boolean archived;

  @Column(nullable = false, length = 20)
  private String code;
}
