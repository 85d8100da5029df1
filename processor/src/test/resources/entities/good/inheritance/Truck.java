package inheritance;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Vehicle {
  private double payload;
}
