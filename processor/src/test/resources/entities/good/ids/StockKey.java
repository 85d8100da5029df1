package ids;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class StockKey implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(length = 20)
  String warehouse;

  String sku;
}
