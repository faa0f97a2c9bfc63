package org.triturate.order.rule;

import java.util.List;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.ActivePair;

/**
 * COMBINATION_NOT_DOCUMENTED: two actives go into one preparation only with a COMPATIBLE record for the pair in
 * the ordered dosage form; evidence for another form does not count.
 */
public final class CombinationDocumented implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.knownActivePairs().stream()
                .filter(pair ->
                        facts
                                .compatibilitiesOf(
                                        pair.first().ingredientId(),
                                        pair.second().ingredientId())
                                .stream()
                                .noneMatch(record -> record.status() == CompatibilityStatus.COMPATIBLE))
                .map(pair -> Finding.block(RuleCode.COMBINATION_NOT_DOCUMENTED, "actives", message(pair, facts)))
                .toList();
        return Finding.passUnless(
                failures,
                RuleCode.COMBINATION_NOT_DOCUMENTED,
                facts.actives().size() < 2 ? "A single active" : "Every pair of actives has documented compatibility");
    }

    private static String message(ActivePair pair, OrderFacts facts) {
        return "No documented compatibility of " + pair.names() + " in " + facts.dosageForm();
    }
}
