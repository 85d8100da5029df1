package basic;

public enum Status {
  OPEN, DONE, ARCHIVED
}
