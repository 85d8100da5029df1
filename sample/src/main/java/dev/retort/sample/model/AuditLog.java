package dev.retort.sample.model;

import dev.retort.annotations.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a user did, kept for the record. */
@Entity
@Table(name = "audit_logs")
public class AuditLog {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "actor_id")
  @OnDelete(OnDelete.Action.SET_NULL)
  private User actor;

  @Column(nullable = false, length = 50)
  private String action;

  @Column(nullable = false, length = 50)
  private String entityType;

  private Long entityId;

  @Column(length = 1000)
  private String details;

  @Column(nullable = false)
  private Instant occurredAt;
}
