package mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class SeqB {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "other")
  @SequenceGenerator(name = "other", sequenceName = "shared_seq", allocationSize = 20)
  private Long id;
}
