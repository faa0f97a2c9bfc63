package org.triturate.compounding.rule;

import java.time.LocalDate;
import java.util.List;
import org.triturate.compounding.QualityCheck;
import org.triturate.compounding.VerificationDecision;
import org.triturate.order.PrescriptionFill;

/**
 * What the verification rules judge: the decision, who recorded the compounding and who verifies it, the record's
 * quality-control results, and whether the prescription may still be filled.
 */
public record VerificationFacts(
        VerificationDecision decision,
        long compoundedByUserId,
        long verifierUserId,
        List<QualityCheck> qualityControl,
        LocalDate today,
        LocalDate prescriptionExpiresOn)
        implements PrescriptionFill {

    public VerificationFacts {
        qualityControl = List.copyOf(qualityControl);
    }

    /** Releasing fills the prescription; rejecting only discards a preparation, which is always allowed. */
    @Override
    public boolean fillsPrescription() {
        return decision == VerificationDecision.RELEASE;
    }
}
