package mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class ZeroSequence {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zero")
  @SequenceGenerator(name = "zero", allocationSize = 0)
  private Long id;
}
