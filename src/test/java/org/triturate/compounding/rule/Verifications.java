package org.triturate.compounding.rule;

import java.time.LocalDate;
import java.util.List;
import org.triturate.compounding.QualityCheck;
import org.triturate.compounding.VerificationDecision;

/**
 * Builds {@link VerificationFacts} for rule tests. The defaults pass every rule: pharmacist 8 releases what user 7
 * compounded, its quality control passed, on a prescription valid for six more months.
 */
final class Verifications {

    static final QualityCheck PASSED = new QualityCheck("weight variation", QualityCheck.Result.PASS);

    VerificationDecision decision = VerificationDecision.RELEASE;
    long compoundedBy = 7;
    long verifier = 8;
    List<QualityCheck> qualityControl = List.of(PASSED);
    LocalDate today = Records.TODAY;
    LocalDate prescriptionExpiresOn = Records.TODAY.plusMonths(6);

    static Verifications release() {
        return new Verifications();
    }

    static Verifications reject() {
        Verifications verification = new Verifications();
        verification.decision = VerificationDecision.REJECT;
        return verification;
    }

    VerificationFacts build() {
        return new VerificationFacts(decision, compoundedBy, verifier, qualityControl, today, prescriptionExpiresOn);
    }
}
