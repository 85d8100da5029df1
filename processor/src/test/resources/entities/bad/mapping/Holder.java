package mapping;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Holder {
  @ManyToOne
  Twice twice;
}
