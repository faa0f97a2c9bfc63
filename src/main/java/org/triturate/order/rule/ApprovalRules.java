package org.triturate.order.rule;

import org.triturate.common.rule.Rules;
import org.triturate.common.rule.Verdict;

/**
 * Every rule of approval, in order: all intake rules again (a licence may have lapsed since submission), then the
 * rules about the chosen formulation. All run; every blocking finding is reported together.
 */
public final class ApprovalRules {

    private static final Rules<ApprovalFacts> RULES = Rules.of(
            facts -> IntakeRules.check(facts.order()).findings(),
            new FormulationMustExist(),
            new FormulationMatchesOrder(),
            new FormulationNotRetired(),
            new NoRestrictedExcipient(),
            new SupplyWithinBeyondUseDate());

    private ApprovalRules() {}

    public static Verdict check(ApprovalFacts facts) {
        return RULES.check(facts);
    }
}
