package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.QualityCheck;
import org.triturate.compounding.VerificationDecision;

/**
 * QUALITY_CONTROL_FAILED: a preparation with a failed quality-control check is never released. The record keeps the
 * result, and rejecting the preparation (to compound it again) stays allowed.
 */
public final class QualityControlPassed implements Rule<VerificationFacts> {

    @Override
    public List<Finding> check(VerificationFacts facts) {
        if (facts.decision() != VerificationDecision.RELEASE) {
            return List.of();
        }
        return facts.qualityControl().stream()
                .filter(check -> check.result() == QualityCheck.Result.FAIL)
                .map(check -> Finding.block(
                        RuleCode.QUALITY_CONTROL_FAILED,
                        "Quality control '" + check.check() + "' failed; reject the preparation"))
                .toList();
    }
}
