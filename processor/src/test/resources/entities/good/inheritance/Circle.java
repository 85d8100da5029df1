package inheritance;

import jakarta.persistence.Entity;

@Entity
public class Circle extends Shape {
  private double radius;
}
