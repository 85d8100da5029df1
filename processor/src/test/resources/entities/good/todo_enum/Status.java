package todo;

public enum Status {
  OPEN, DONE, ARCHIVED
}
