package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class UuidKey {
  @Id
  @GeneratedValue
  private UUID id;
}
