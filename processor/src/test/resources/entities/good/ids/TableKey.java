package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class TableKey {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  private Long id;
}
