package org.triturate.regimen;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import org.triturate.common.quantity.Quantity;

/** One step of a regimen as prescribed, with the order it became. */
@Embeddable
public class RegimenStep {

    @Column(name = "order_id", nullable = false)
    public long orderId;

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    /** The last day of the step, inclusive. */
    @Column(name = "end_on", nullable = false)
    public LocalDate endOn;

    @Column(nullable = false)
    public int days;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "strength_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "strength_unit", nullable = false))
    Quantity strength;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "dose_amount_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "dose_amount_unit", nullable = false))
    Quantity doseAmount;

    @Column(name = "dose_times_per_day", nullable = false)
    public int timesPerDay;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "quantity_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "quantity_unit", nullable = false))
    Quantity quantity;

    /** The step as planned, recorded with the id of its order. */
    public static RegimenStep of(PlannedStep planned, long orderId) {
        RegimenStep step = new RegimenStep();
        step.orderId = orderId;
        step.startOn = planned.startOn();
        step.endOn = planned.endOn();
        step.days = planned.days();
        step.strength = planned.strength();
        step.doseAmount = planned.doseAmount();
        step.timesPerDay = planned.timesPerDay();
        step.quantity = planned.quantity();
        return step;
    }

    public Quantity strength() {
        return strength;
    }

    public Quantity doseAmount() {
        return doseAmount;
    }

    public Quantity quantity() {
        return quantity;
    }
}
