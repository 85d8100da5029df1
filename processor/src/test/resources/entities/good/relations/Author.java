package relations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

@Entity
public class Author {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String penName;

  @OneToOne(optional = false)
  @JoinColumn(name = "profile_id")
  private Profile profile;

  @OneToMany(mappedBy = "author")
  private List<Book> books;

  @OneToMany
  @JoinColumn(name = "reviewer_id")
  private List<Review> reviews;

  @OneToMany
  private Set<Book> favourites;

  @ElementCollection
  private Set<String> nicknames;

  @ElementCollection
  @CollectionTable(name = "author_links", joinColumns = @JoinColumn(name = "author_id"))
  @Column(name = "url", length = 500)
  @OrderColumn(name = "position")
  private List<String> links;

  @ElementCollection
  private List<Award> awards;
}
