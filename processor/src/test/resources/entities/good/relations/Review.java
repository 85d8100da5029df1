package relations;

import dev.retort.annotations.OnDelete;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Review {
  @Id
  private Long id;

  private int stars;

  @ManyToOne
  @OnDelete(OnDelete.Action.SET_NULL)
  private Book book;
}
