package relations;

import jakarta.persistence.Embeddable;

@Embeddable
public class Award {
  String title;
  int year;
}
