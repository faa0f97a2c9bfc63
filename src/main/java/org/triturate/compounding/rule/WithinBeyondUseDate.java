package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** BUD_PASSED: a preparation is dispensed at the latest on its beyond-use date, the last day it may be used. */
public final class WithinBeyondUseDate implements Rule<DispensingFacts> {

    @Override
    public List<Finding> check(DispensingFacts facts) {
        if (!facts.today().isAfter(facts.beyondUseDate())) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.BUD_PASSED,
                "Preparation " + facts.preparationLot() + " was usable through " + facts.beyondUseDate()
                        + "; reject it at verification and compound again"));
    }
}
