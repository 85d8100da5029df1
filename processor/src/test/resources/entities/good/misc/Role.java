package misc;

public enum Role {
  ADMIN, MEMBER
}
