package misc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class AccountDetails {
  @Id
  private Long id;

  @OneToOne
  @MapsId
  private Account account;

  private String notes;
}
