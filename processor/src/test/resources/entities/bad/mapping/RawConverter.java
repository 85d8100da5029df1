package mapping;

import jakarta.persistence.AttributeConverter;

@SuppressWarnings("rawtypes")
public class RawConverter implements AttributeConverter {
  @Override
  public Object convertToDatabaseColumn(Object value) {
    return value;
  }

  @Override
  public Object convertToEntityAttribute(Object value) {
    return value;
  }
}
