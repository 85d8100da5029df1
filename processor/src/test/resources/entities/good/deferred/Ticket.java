package deferred;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id
  private Long id;

  @Embedded
  private GeneratedPrice price;
}
