package inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

@Entity
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {
  private String cardNumber;
}
