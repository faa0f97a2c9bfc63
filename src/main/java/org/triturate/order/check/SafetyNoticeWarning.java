package org.triturate.order.check;

import java.util.List;

/** SAFETY_NOTICE: shows the safety notice of every active that has one (e.g. FDA's warnings on ketamine). */
public final class SafetyNoticeWarning implements OrderRule {

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        return facts.knownActives().stream()
                .filter(active -> active.ingredient().safetyNotice() != null)
                .map(active -> Finding.warn(Warning.SAFETY_NOTICE,
                        active.ingredient().name() + ": " + active.ingredient().safetyNotice()))
                .toList();
    }
}
