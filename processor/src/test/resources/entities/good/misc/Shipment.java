package misc;

import ids.OrderLine;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

@Entity
public class Shipment {
  @Id
  private Long id;

  @ManyToOne
  @JoinColumns({
      @JoinColumn(name = "order_ref", referencedColumnName = "orderId"),
      @JoinColumn(name = "line_ref", referencedColumnName = "line")
  })
  private OrderLine line;
}
