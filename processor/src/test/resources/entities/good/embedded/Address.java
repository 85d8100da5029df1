package embedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Address {
  @Column(length = 100)
  String street;

  String city;

  @Embedded
  Geo geo;
}
