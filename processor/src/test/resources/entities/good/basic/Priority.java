package basic;

public enum Priority {
  LOW, MEDIUM, HIGH
}
