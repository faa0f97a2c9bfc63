package org.triturate.common.quantity;

import java.math.BigDecimal;

/** Decimal values as responses show them: without trailing zeros (a DECIMAL(10,6) 1.119000 reads 1.119). */
public final class Decimals {

    private Decimals() {}

    public static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
