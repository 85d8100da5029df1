package ids;

import java.io.Serializable;

public class LinePk implements Serializable {
  private static final long serialVersionUID = 1L;
  Long orderId;
  Integer line;
}
