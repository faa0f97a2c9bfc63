package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** SAFETY_NOTICE: shows the safety notice of every active that has one (e.g. FDA's warnings on ketamine). */
public final class SafetyNoticeWarning implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        return facts.knownActives().stream()
                .filter(active -> active.ingredient().safetyNotice() != null)
                .map(active -> Finding.warn(
                        RuleCode.SAFETY_NOTICE,
                        active.ingredient().name() + ": " + active.ingredient().safetyNotice()))
                .toList();
    }
}
