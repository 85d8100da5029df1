package relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

@Entity
public class Profile {
  @Id
  private UUID id;

  private String bio;
}
