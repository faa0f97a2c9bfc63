package org.triturate.order.rule;

import org.triturate.common.rule.Rules;
import org.triturate.common.rule.Verdict;

/**
 * Every rule of a refill, in order: all intake rules again on the original as it is today (a licence may have
 * lapsed; PRESCRIPTION_EXPIRED judges the original's expiry, six months from writing for schedules III–IV, and
 * CONTROLLED_REFILLS_EXCEEDED its refills), then the refill's own. All run; every blocking finding is reported
 * together.
 */
public final class RefillRules {

    private static final Rules<RefillFacts> RULES =
            Rules.of(facts -> IntakeRules.check(facts.order()).findings(), new RefillsRemain(), new RefillNotTooSoon());

    private RefillRules() {}

    public static Verdict check(RefillFacts facts) {
        return RULES.check(facts);
    }
}
