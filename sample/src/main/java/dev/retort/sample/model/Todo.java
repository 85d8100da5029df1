package dev.retort.sample.model;

import dev.retort.annotations.DbDefault;
import dev.retort.annotations.OnDelete;
import dev.retort.annotations.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A todo item; soft-deleted rows keep {@code is_deleted = true} and the time of deletion. */
@Entity
@Table(name = "todos", indexes = @Index(name = "ix_todos_owner_visible", columnList = "owner_id, is_deleted"))
public class Todo {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "owner_id")
  @OnDelete(OnDelete.Action.CASCADE)
  private User owner;

  @Column(nullable = false, length = 200)
  private String title;

  @RenamedFrom("body")
  @Column(length = 2000)
  private String description;

  @Column(nullable = false)
  private boolean done;

  @DbDefault("false")
  @Column(name = "is_deleted", nullable = false)
  private boolean deleted;

  private Instant deletedAt;

  @Column(nullable = false)
  private Instant createdAt;
}
