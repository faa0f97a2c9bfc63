package org.triturate.compounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.triturate.common.quantity.Content;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.RuleCode;

/**
 * The compounding worksheet's arithmetic (docs/order-lifecycle.md, "Worksheet"). The overage enlarges the whole batch,
 * never the strength per unit; an active is weighed as its salt and corrected for potency:
 * {@code amount per unit × ordered quantity × (1 + overage/100) × salt factor ÷ (potency/100)}. Excipients with an
 * amount per unit are computed alike, without a salt factor (their amount is of the excipient as supplied).
 * Everything is exact until one final half-up rounding to 0.1 of the mass unit (0.1 mg, 0.1 ug); amounts per
 * unit are masses in every dosage form, so no volume is ever weighed here.
 */
public final class WorksheetCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One ingredient of the formulation with what the pharmacy knows of the substance as supplied. */
    public record Component(
            long ingredientId,
            String name,
            boolean active,
            boolean qs,
            Quantity amountPerUnit,
            BigDecimal saltFactor,
            BigDecimal potencyPercent) {}

    /** A weight, which may round to zero for a vanishing excipient amount. */
    public record Amount(BigDecimal value, Unit unit) {}

    /** A line of the worksheet; {@code quantity} is null for a qs ingredient. */
    public record Line(long ingredientId, String name, Amount quantity, boolean qs) {}

    public record Warning(RuleCode code, long ingredientId, String detail) {}

    public record Worksheet(BigDecimal batchUnits, List<Line> lines, List<Warning> warnings) {}

    private final Quantity minimumWeighable;

    public WorksheetCalculator(Quantity minimumWeighable) {
        this.minimumWeighable = minimumWeighable;
    }

    /** The worksheet of a batch; every active must have a salt factor (rule SaltFactorsKnown). */
    public Worksheet calculate(Quantity orderedQuantity, BigDecimal overagePercent, List<Component> components) {
        BigDecimal batchFactor = BigDecimal.ONE.add(overagePercent.divide(HUNDRED));
        List<Line> lines = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Component component : components) {
            if (component.qs()) {
                lines.add(new Line(component.ingredientId(), component.name(), null, true));
                continue;
            }
            Amount weight = weight(component, orderedQuantity, batchFactor);
            lines.add(new Line(component.ingredientId(), component.name(), weight, false));
            if (weight.value().compareTo(minimumWeighable.to(weight.unit()).value()) < 0) {
                warnings.add(new Warning(
                        RuleCode.ALIQUOT_REQUIRED,
                        component.ingredientId(),
                        component.name() + ": "
                                + weight.value().toPlainString() + " " + weight.unit()
                                + " is below the minimum weighable "
                                + minimumWeighable + "; use the aliquot method"));
            }
        }
        return new Worksheet(orderedQuantity.value().multiply(batchFactor).stripTrailingZeros(), lines, warnings);
    }

    private static Amount weight(Component component, Quantity orderedQuantity, BigDecimal batchFactor) {
        Quantity content = Content.of(component.amountPerUnit(), orderedQuantity);
        if (content == null) {
            throw new IllegalStateException("The amount of ingredient " + component.ingredientId()
                    + " does not fit the ordered quantity's unit");
        }
        BigDecimal saltFactor = component.active() ? component.saltFactor() : BigDecimal.ONE;
        // Every product is exact; the one division rounds its exact quotient, so the weight is rounded once.
        BigDecimal weight = content.value()
                .multiply(batchFactor)
                .multiply(saltFactor)
                .multiply(HUNDRED)
                .divide(component.potencyPercent(), 1, RoundingMode.HALF_UP);
        return new Amount(weight.stripTrailingZeros(), content.unit());
    }
}
