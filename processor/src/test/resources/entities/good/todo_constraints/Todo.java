package todo;

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
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "todos", indexes = @Index(columnList = "status, priority"),
    uniqueConstraints = @UniqueConstraint(columnNames = {"owner_id", "title"}))
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
  @OnDelete(action = OnDeleteAction.CASCADE)
  private User owner;

  private boolean done;
}
