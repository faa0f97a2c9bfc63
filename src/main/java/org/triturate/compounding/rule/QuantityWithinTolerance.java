package org.triturate.compounding.rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;
import org.triturate.compounding.rule.CompoundingFacts.WorksheetWeight;

/**
 * QUANTITY_OUT_OF_TOLERANCE: what was used of each active (summed over its lots) is within
 * {@value #NOTE_PERCENT} % of the worksheet, or within {@value #MAX_PERCENT} % with a deviation note; beyond
 * {@value #MAX_PERCENT} % never.
 */
public final class QuantityWithinTolerance implements Rule<CompoundingFacts> {

    static final int NOTE_PERCENT = 5;
    static final int MAX_PERCENT = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (WorksheetWeight expected : facts.worksheet()) {
            List<UsedComponent> lots = facts.components().stream()
                    .filter(component -> component.ingredientId() == expected.ingredientId())
                    .toList();
            if (lots.isEmpty() || expected.weight().value().signum() == 0) {
                continue; // missing: COMPONENT_MISSING says so
            }
            BigDecimal used = BigDecimal.ZERO;
            for (UsedComponent lot : lots) {
                Quantity quantity = lot.quantityUsed();
                if (!quantity.unit().convertsTo(expected.weight().unit())) {
                    findings.add(Finding.block(
                            RuleCode.QUANTITY_OUT_OF_TOLERANCE,
                            lot.field() + ".quantityUsed",
                            "An active is weighed: give a mass, like the worksheet's "
                                    + expected.weight().unit()));
                    used = null;
                    break;
                }
                used = used.add(quantity.to(expected.weight().unit()).value());
            }
            if (used != null) {
                deviation(expected, used, facts.hasDeviationNote()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> deviation(WorksheetWeight expected, BigDecimal used, boolean noted) {
        BigDecimal percent = used.subtract(expected.weight().value())
                .abs()
                .multiply(HUNDRED)
                .divide(expected.weight().value(), MathContext.DECIMAL64);
        int limit = noted ? MAX_PERCENT : NOTE_PERCENT;
        if (percent.compareTo(BigDecimal.valueOf(limit)) <= 0) {
            return Optional.empty();
        }
        String rule = noted
                ? "more than " + MAX_PERCENT + " % is never accepted"
                : "more than " + NOTE_PERCENT + " % needs a deviationNote (at most " + MAX_PERCENT + " %)";
        return Optional.of(Finding.block(
                RuleCode.QUANTITY_OUT_OF_TOLERANCE,
                "components",
                expected.name() + ": " + used.stripTrailingZeros().toPlainString() + " "
                        + expected.weight().unit()
                        + " used for " + expected.weight().value().toPlainString() + " on the worksheet ("
                        + percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + " % off); "
                        + rule));
    }
}
