package basic;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class YesNoConverter implements AttributeConverter<Boolean, Character> {
  @Override
  public Character convertToDatabaseColumn(Boolean value) {
    return value == null ? null : value ? 'Y' : 'N';
  }

  @Override
  public Boolean convertToEntityAttribute(Character value) {
    return value == null ? null : value == 'Y';
  }
}
