package org.triturate.order;

import jakarta.persistence.Converter;
import org.triturate.common.persistence.EnumSetColumn;

/** The rationale categories of an order, in one column. */
@Converter
public class RationaleCategoriesConverter extends EnumSetColumn<RationaleCategory> {

    public RationaleCategoriesConverter() {
        super(RationaleCategory.class);
    }
}
