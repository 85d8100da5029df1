package mapping;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(columnList = " "))
public class Odd {
  @Id
  private Long id;

  @ElementCollection
  private String tags;

  @Convert(converter = RawConverter.class)
  private String raw;

  @Embedded
  private Holder holder;
}
