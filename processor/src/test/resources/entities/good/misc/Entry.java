package misc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Entry {
  @Id
  private Long id;

  private long amount;
}
