package ids;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Stock {
  @EmbeddedId
  private StockKey key;

  private int onHand;
}
