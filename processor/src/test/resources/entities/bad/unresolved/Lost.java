package unresolved;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Lost {
  @Id
  private Long id;

  private Missing thing;
}
