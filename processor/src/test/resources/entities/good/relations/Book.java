package relations;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Book {
  @Id
  private Long id;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Author author;

  @ManyToOne(optional = false)
  @JoinColumn(name = "editor", foreignKey = @ForeignKey(name = "fk_book_editor"))
  private Author editor;

  @ManyToMany
  private Set<Tag> tags;

  @ManyToMany
  @JoinTable(name = "book_readers", joinColumns = @JoinColumn(name = "book"),
      inverseJoinColumns = @JoinColumn(name = "reader"))
  private Set<Author> readers;
}
