package todo;

public enum Priority {
  HIGH, LOW
}
