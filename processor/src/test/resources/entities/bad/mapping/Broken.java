package mapping;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Map;

@Entity
@Table(name = "broken", indexes = @Index(columnList = "nope"))
public class Broken {
  @Id
  private Long id;

  private Thread worker;

  @ManyToOne
  private String owner;

  @Embedded
  private Plain plain;

  @ElementCollection
  private Map<String, String> attributes;

  @Column(precision = 5, scale = 10)
  private BigDecimal ratio;
}
