package partial;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Memo {
  @Id
  private Long id;

  private String text;
}
