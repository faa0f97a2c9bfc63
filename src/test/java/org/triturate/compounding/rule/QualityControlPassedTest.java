package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.QualityCheck;

class QualityControlPassedTest {

    private static final QualityCheck FAILED = new QualityCheck("content uniformity", QualityCheck.Result.FAIL);

    private final QualityControlPassed rule = new QualityControlPassed();

    @Test
    void aPreparationThatPassedQualityControlIsReleased() {
        assertEquals(List.of(), rule.check(Verifications.release().build()));
        Verifications unchecked = Verifications.release();
        unchecked.qualityControl = List.of();
        assertEquals(List.of(), rule.check(unchecked.build()));
    }

    @Test
    void aFailedCheckBlocksTheRelease() {
        Verifications verification = Verifications.release();
        verification.qualityControl = List.of(Verifications.PASSED, FAILED);
        List<Finding> findings = rule.check(verification.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.QUALITY_CONTROL_FAILED, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertNull(findings.get(0).field());
        assertTrue(
                findings.get(0).detail().contains("content uniformity"),
                findings.get(0).detail());
    }

    @Test
    void aFailedPreparationMayBeRejected() {
        Verifications verification = Verifications.reject();
        verification.qualityControl = List.of(FAILED);
        assertEquals(List.of(), rule.check(verification.build()));
    }
}
