package misc;

import jakarta.persistence.Entity;

@Entity
public class Premium extends Account {
  private int level;
}
