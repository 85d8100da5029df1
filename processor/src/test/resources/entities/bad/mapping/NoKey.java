package mapping;

import jakarta.persistence.Entity;

@Entity
public class NoKey {
  private String name;
}
