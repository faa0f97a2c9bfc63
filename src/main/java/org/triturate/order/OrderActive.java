package org.triturate.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/** One active of an order with its labelled strength and the daily dose the checks computed for it. */
@Embeddable
public class OrderActive {

    @Column(name = "ingredient_id", nullable = false)
    public long ingredientId;

    @Column(name = "strength_value", nullable = false)
    BigDecimal strengthValue;

    @Column(name = "strength_unit", nullable = false)
    Unit strengthUnit;

    @Column(name = "daily_dose_value", nullable = false)
    BigDecimal dailyDoseValue;

    @Column(name = "daily_dose_unit", nullable = false)
    Unit dailyDoseUnit;

    public static OrderActive of(long ingredientId, Quantity strength, Quantity dailyDose) {
        OrderActive active = new OrderActive();
        active.ingredientId = ingredientId;
        active.strengthValue = strength.value();
        active.strengthUnit = strength.unit();
        active.dailyDoseValue = dailyDose.value();
        active.dailyDoseUnit = dailyDose.unit();
        return active;
    }

    public Quantity strength() {
        return new Quantity(strengthValue, strengthUnit);
    }

    public Quantity dailyDose() {
        return new Quantity(dailyDoseValue, dailyDoseUnit);
    }
}
