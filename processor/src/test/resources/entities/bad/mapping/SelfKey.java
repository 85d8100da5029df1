package mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class SelfKey {
  @Id
  @ManyToOne
  private SelfKey parent;
}
