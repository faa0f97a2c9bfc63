package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.check.Facts.LIOTHYRONINE;
import static org.triturate.order.check.Facts.LITHIUM;
import static org.triturate.order.check.Facts.SERTRALINE;
import static org.triturate.order.check.Facts.compatibility;
import static org.triturate.order.check.Facts.mg;
import static org.triturate.order.check.RuleAssertions.failedFields;
import static org.triturate.order.check.RuleAssertions.onlyFailure;
import static org.triturate.order.check.RuleAssertions.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;
import org.triturate.common.problem.ErrorCode;

class CombinationDocumentedTest {

    private final CombinationDocumented rule = new CombinationDocumented();

    @Test
    void aSingleActivePasses() {
        passes(rule, ErrorCode.COMBINATION_NOT_DOCUMENTED, Facts.order());
    }

    @Test
    void aPairWithoutEvidenceFailsOnActives() {
        Finding failure = onlyFailure(rule, ErrorCode.COMBINATION_NOT_DOCUMENTED, Facts.lithiumAndLiothyronine());
        assertEquals("actives", failure.field());
    }

    @Test
    void aCompatibleRecordInTheOrderedFormPasses() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(compatibility(LIOTHYRONINE, LITHIUM, DosageForm.CAPSULE,
                CompatibilityStatus.COMPATIBLE));
        passes(rule, ErrorCode.COMBINATION_NOT_DOCUMENTED, facts);
    }

    @Test
    void evidenceForAnotherFormDoesNotCount() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(compatibility(LITHIUM, LIOTHYRONINE, DosageForm.ORAL_SUSPENSION,
                CompatibilityStatus.COMPATIBLE));
        onlyFailure(rule, ErrorCode.COMBINATION_NOT_DOCUMENTED, facts);
    }

    @Test
    void anIncompatibleRecordDoesNotDocumentCompatibility() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE,
                CompatibilityStatus.INCOMPATIBLE));
        onlyFailure(rule, ErrorCode.COMBINATION_NOT_DOCUMENTED, facts);
    }

    @Test
    void everyUndocumentedPairOfThreeActivesIsReported() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.actives.add(Facts.active(2, Facts.sertraline(), mg("25")));
        facts.compatibilities.add(compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE,
                CompatibilityStatus.COMPATIBLE));
        facts.compatibilities.add(compatibility(SERTRALINE, LITHIUM, DosageForm.CAPSULE,
                CompatibilityStatus.COMPATIBLE));
        assertEquals(List.of("actives"), failedFields(rule, ErrorCode.COMBINATION_NOT_DOCUMENTED, facts));
    }
}
