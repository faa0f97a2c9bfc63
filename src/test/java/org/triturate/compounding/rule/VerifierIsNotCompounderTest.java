package org.triturate.compounding.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class VerifierIsNotCompounderTest {

    private final VerifierIsNotCompounder rule = new VerifierIsNotCompounder();

    @Test
    void anotherPharmacistMayVerify() {
        assertEquals(List.of(), rule.check(Verifications.release().build()));
    }

    @Test
    void whoCompoundedMayNotVerify() {
        Verifications verification = Verifications.release();
        verification.verifier = verification.compoundedBy;
        List<Finding> findings = rule.check(verification.build());
        assertEquals(1, findings.size());
        assertEquals(RuleCode.SELF_VERIFICATION, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertNull(findings.get(0).field());
    }
}
