package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** SELF_VERIFICATION: verification is independent, so whoever recorded the compounding cannot verify it. */
public final class VerifierIsNotCompounder implements Rule<VerificationFacts> {

    @Override
    public List<Finding> check(VerificationFacts facts) {
        if (facts.verifierUserId() != facts.compoundedByUserId()) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.SELF_VERIFICATION,
                "The pharmacist who recorded the compounding cannot verify it; another pharmacist must"));
    }
}
