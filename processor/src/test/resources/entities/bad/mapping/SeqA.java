package mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class SeqA {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared")
  @SequenceGenerator(name = "shared", sequenceName = "shared_seq", allocationSize = 10)
  private Long id;
}
