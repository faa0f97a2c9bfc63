package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/**
 * FORMULATION_NOT_FOUND: an approval names an existing master formulation version. It has no pass: an approved
 * order's checks list what the formulation rules concluded about the version, not that it exists.
 */
public final class FormulationMustExist implements Rule<ApprovalFacts> {

    @Override
    public List<Finding> check(ApprovalFacts facts) {
        if (facts.formulation() == null) {
            return List.of(Finding.block(
                    RuleCode.FORMULATION_NOT_FOUND, "formulationId", "No master formulation version with this id"));
        }
        return List.of();
    }
}
