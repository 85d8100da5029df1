package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity(name = "Auto")
public class AutoKey {
  @Id
  @GeneratedValue
  private Long id;
}
