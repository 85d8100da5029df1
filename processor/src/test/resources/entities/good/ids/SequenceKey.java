package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class SequenceKey {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders")
  @SequenceGenerator(name = "orders", sequenceName = "order_numbers", initialValue = 1000, allocationSize = 10)
  private long id;
}
