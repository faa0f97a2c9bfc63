package org.triturate.order;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.triturate.common.quantity.Quantity;

/** One active of an order with its labelled strength and the daily dose the checks computed for it. */
@Embeddable
public class OrderActive {

    @Column(name = "ingredient_id", nullable = false)
    public long ingredientId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "strength_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "strength_unit", nullable = false))
    Quantity strength;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "daily_dose_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "daily_dose_unit", nullable = false))
    Quantity dailyDose;

    public static OrderActive of(long ingredientId, Quantity strength, Quantity dailyDose) {
        OrderActive active = new OrderActive();
        active.ingredientId = ingredientId;
        active.strength = strength;
        active.dailyDose = dailyDose;
        return active;
    }

    public Quantity strength() {
        return strength;
    }

    public Quantity dailyDose() {
        return dailyDose;
    }
}
