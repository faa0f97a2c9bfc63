package org.triturate.common.quantity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a unit as its canonical UCUM code. */
@Converter(autoApply = true)
public class UnitConverter implements AttributeConverter<Unit, String> {

    @Override
    public String convertToDatabaseColumn(Unit unit) {
        return unit == null ? null : unit.code();
    }

    @Override
    public Unit convertToEntityAttribute(String code) {
        return code == null ? null : Unit.fromCode(code);
    }
}
