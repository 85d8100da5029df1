package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(LinePk.class)
public class OrderLine {
  @Id
  private Long orderId;

  @Id
  private Integer line;

  private int quantity;
}
