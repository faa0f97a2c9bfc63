package org.triturate.order.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.triturate.catalog.DeaSchedule;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * CONTROLLED_REFILLS_EXCEEDED: a schedule II prescription may not be refilled, one of schedule III or IV at most
 * five times (21 CFR 1306.12, 1306.22). The most restrictive schedule among the actives decides.
 */
public final class ControlledRefillLimit implements Rule<OrderFacts> {

    static final int SCHEDULE_III_IV_MAX_REFILLS = 5;

    @Override
    public List<Finding> check(OrderFacts facts) {
        Optional<DeaSchedule> strictest = facts.knownActives().stream()
                .map(active -> active.ingredient().deaSchedule())
                .filter(schedule -> schedule != null)
                .min(Comparator.naturalOrder());
        Integer limit = strictest.map(ControlledRefillLimit::maxRefills).orElse(null);
        if (limit != null && facts.refills() > limit) {
            return List.of(Finding.block(
                    RuleCode.CONTROLLED_REFILLS_EXCEEDED,
                    "refills",
                    "A schedule " + strictest.get().code() + " preparation allows at most " + limit + " refills; "
                            + facts.refills() + " were ordered"));
        }
        return List.of(Finding.pass(RuleCode.CONTROLLED_REFILLS_EXCEEDED, "Refills within the limit"));
    }

    /** The refills allowed for a schedule, or null when federal law sets no number. */
    private static Integer maxRefills(DeaSchedule schedule) {
        return switch (schedule) {
            case II -> 0;
            case III, IV -> SCHEDULE_III_IV_MAX_REFILLS;
            case V -> null;
        };
    }
}
