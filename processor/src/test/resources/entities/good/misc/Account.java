package misc;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

@Entity
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.INTEGER)
public class Account {
  @Id
  private Long id;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  private Set<Role> roles;

  @OneToMany
  @JoinColumn(name = "account_id")
  @OrderColumn
  private List<Entry> entries;
}
