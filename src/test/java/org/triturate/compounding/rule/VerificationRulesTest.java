package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.QualityCheck;

class VerificationRulesTest {

    private static final QualityCheck FAILED = new QualityCheck("weight variation", QualityCheck.Result.FAIL);

    @Test
    void aCheckedPreparationOnAValidPrescriptionIsReleased() {
        assertTrue(VerificationRules.ALL.check(Verifications.release().build()).passed());
    }

    @Test
    void everyReasonNotToReleaseIsReportedAtOnce() {
        Verifications verification = Verifications.release();
        verification.verifier = verification.compoundedBy;
        verification.qualityControl = List.of(FAILED);
        verification.today = verification.prescriptionExpiresOn.plusDays(1);
        assertEquals(
                List.of(RuleCode.SELF_VERIFICATION, RuleCode.QUALITY_CONTROL_FAILED, RuleCode.PRESCRIPTION_EXPIRED),
                VerificationRules.ALL.check(verification.build()).blocking().stream()
                        .map(Finding::code)
                        .toList());
    }

    @Test
    void anotherPharmacistMayRejectAFailedPreparationOfAnExpiredPrescription() {
        Verifications verification = Verifications.reject();
        verification.qualityControl = List.of(FAILED);
        verification.today = verification.prescriptionExpiresOn.plusDays(1);
        assertTrue(VerificationRules.ALL.check(verification.build()).passed());
    }
}
