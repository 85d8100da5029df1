package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class IdentityKey {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
}
