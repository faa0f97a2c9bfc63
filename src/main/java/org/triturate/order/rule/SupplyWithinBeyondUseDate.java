package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

/**
 * SUPPLY_EXCEEDS_BUD (warning): a days' supply longer than the formulation's beyond-use days cannot be used up
 * before the preparation expires; the pharmacist dispenses less, or in several fills.
 */
public final class SupplyWithinBeyondUseDate extends FormulationRule {

    @Override
    List<Finding> check(OrderFacts order, FormulationFacts formulation) {
        Integer daysSupply = order.daysSupply();
        if (daysSupply == null || daysSupply <= formulation.budDays()) {
            return List.of();
        }
        return List.of(Finding.warn(
                RuleCode.SUPPLY_EXCEEDS_BUD,
                "A " + daysSupply + "-day supply outlasts the " + formulation.budDays() + " beyond-use days of "
                        + formulation.name()));
    }
}
