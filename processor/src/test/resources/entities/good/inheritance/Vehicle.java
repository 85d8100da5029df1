package inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Vehicle {
  @Id
  private Long id;

  private String maker;
}
