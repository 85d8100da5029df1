package relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Tag {
  @Id
  private String name;

  @ManyToMany(mappedBy = "tags")
  private Set<Book> books;
}
