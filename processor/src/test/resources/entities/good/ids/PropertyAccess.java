package ids;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

@Entity
public class PropertyAccess {
  private Long key;
  private String label;

  @Id
  public Long getKey() {
    return key;
  }

  public void setKey(Long key) {
    this.key = key;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public boolean isActive() {
    return true;
  }

  public void setActive(boolean active) {
    // derived; a property Hibernate maps needs a setter all the same
  }

  @Transient
  public String getDisplay() {
    return label;
  }
}
