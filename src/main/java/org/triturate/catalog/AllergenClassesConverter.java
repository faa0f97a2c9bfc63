package org.triturate.catalog;

import jakarta.persistence.Converter;
import org.triturate.common.persistence.EnumSetColumn;

/** Allergen classes of an ingredient or product, in one column. */
@Converter
public class AllergenClassesConverter extends EnumSetColumn<AllergenClass> {

    public AllergenClassesConverter() {
        super(AllergenClass.class);
    }
}
