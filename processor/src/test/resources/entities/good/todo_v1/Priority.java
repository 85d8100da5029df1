package todo;

public enum Priority {
  LOW, HIGH
}
