package dev.retort.sample.model;

import dev.retort.annotations.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A todo shared with another user, with a permission. */
@Entity
@Table(name = "todo_shares",
    uniqueConstraints = @UniqueConstraint(name = "uk_todo_shares_todo_user", columnNames = {"todo_id", "user_id"}))
public class TodoShare {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "todo_id")
  @OnDelete(OnDelete.Action.CASCADE)
  private Todo todo;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  @OnDelete(OnDelete.Action.CASCADE)
  private User user;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Permission permission;

  @Column(nullable = false)
  private Instant createdAt;
}
