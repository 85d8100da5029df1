package embedded;

import jakarta.persistence.Embeddable;

@Embeddable
public class Geo {
  double lat;
  double lon;
}
