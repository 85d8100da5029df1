package embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

@Entity
public class Customer extends Audited {
  private String name;

  @Embedded
  private Address home;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "work_street")),
      @AttributeOverride(name = "city", column = @Column(name = "work_city", nullable = false)),
      @AttributeOverride(name = "geo.lat", column = @Column(name = "work_lat")),
      @AttributeOverride(name = "geo.lon", column = @Column(name = "work_lon"))
  })
  private Address work;
}
