package relations;

import jakarta.persistence.ConstraintMode;
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

  /** A reference kept without a constraint: a column, no foreign key. */
  @ManyToOne
  @JoinColumn(name = "translator", nullable = false, foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Author translator;

  @ManyToMany
  private Set<Tag> tags;

  @ManyToMany
  @JoinTable(name = "book_readers", joinColumns = @JoinColumn(name = "book"),
      inverseJoinColumns = @JoinColumn(name = "reader"))
  private Set<Author> readers;
}
