package org.triturate.order.rule;

import java.util.List;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * COMBINATION_INCOMPATIBLE: a pair recorded INCOMPATIBLE in the ordered dosage form is refused, whatever other
 * evidence says: one documented incompatibility outweighs a compatible report.
 */
public final class CombinationNotIncompatible implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.knownActivePairs().stream()
                .filter(pair ->
                        facts
                                .compatibilitiesOf(
                                        pair.first().ingredientId(),
                                        pair.second().ingredientId())
                                .stream()
                                .anyMatch(record -> record.status() == CompatibilityStatus.INCOMPATIBLE))
                .map(pair -> Finding.block(
                        RuleCode.COMBINATION_INCOMPATIBLE,
                        "actives",
                        pair.names() + " are recorded incompatible in " + facts.dosageForm()))
                .toList();
        return Finding.passUnless(failures, RuleCode.COMBINATION_INCOMPATIBLE, "No pair is recorded incompatible");
    }
}
