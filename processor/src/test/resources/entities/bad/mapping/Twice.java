package mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Twice {
  @Id
  private Long id;

  private String label;

  @Column(name = "label")
  private int other;
}
