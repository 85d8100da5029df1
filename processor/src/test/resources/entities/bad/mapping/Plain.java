package mapping;

public class Plain {
  String value;
}
