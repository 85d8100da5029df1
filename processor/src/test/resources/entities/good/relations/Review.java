package relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Review {
  @Id
  private Long id;

  private int stars;
}
