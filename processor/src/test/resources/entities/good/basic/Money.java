package basic;

import java.io.Serializable;

public class Money implements Serializable {
  private static final long serialVersionUID = 1L;
  long cents;
}
