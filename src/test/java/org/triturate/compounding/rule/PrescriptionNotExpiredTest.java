package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.PrescriptionNotExpired;

/** The one expiry rule in each of its three stages: compounding record, verification and dispensing. */
class PrescriptionNotExpiredTest {

    private static final LocalDate EXPIRES_ON = Records.TODAY.plusDays(10);

    private static void assertExpired(List<Finding> findings) {
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(RuleCode.PRESCRIPTION_EXPIRED, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertEquals("writtenOn", findings.get(0).field());
    }

    private static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocks);
    }

    @Test
    void aPreparationIsCompoundedThroughTheLastDayOfThePrescription() {
        PrescriptionNotExpired<CompoundingFacts> rule = new PrescriptionNotExpired<>();
        Records record = Records.record();
        record.prescriptionExpiresOn = EXPIRES_ON;
        record.today = EXPIRES_ON;
        assertFalse(blocks(rule.check(record.build())));
        record.today = EXPIRES_ON.plusDays(1);
        assertExpired(rule.check(record.build()));
    }

    @Test
    void anExpiredPrescriptionIsNotReleasedButItsPreparationMayBeRejected() {
        PrescriptionNotExpired<VerificationFacts> rule = new PrescriptionNotExpired<>();
        Verifications release = Verifications.release();
        release.prescriptionExpiresOn = EXPIRES_ON;
        release.today = EXPIRES_ON;
        assertFalse(blocks(rule.check(release.build())));
        release.today = EXPIRES_ON.plusDays(1);
        assertExpired(rule.check(release.build()));
        Verifications reject = Verifications.reject();
        reject.prescriptionExpiresOn = EXPIRES_ON;
        reject.today = EXPIRES_ON.plusDays(1);
        assertTrue(rule.check(reject.build()).isEmpty());
    }

    @Test
    void anExpiredPrescriptionIsNotDispensed() {
        PrescriptionNotExpired<DispensingFacts> rule = new PrescriptionNotExpired<>();
        LocalDate bud = EXPIRES_ON.plusMonths(3);
        assertFalse(blocks(rule.check(new DispensingFacts(EXPIRES_ON, "PL-2026-000001", bud, EXPIRES_ON))));
        assertExpired(rule.check(new DispensingFacts(EXPIRES_ON.plusDays(1), "PL-2026-000001", bud, EXPIRES_ON)));
    }
}
