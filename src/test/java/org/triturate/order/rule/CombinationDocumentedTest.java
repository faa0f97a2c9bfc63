package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.LIOTHYRONINE;
import static org.triturate.order.rule.Facts.LITHIUM;
import static org.triturate.order.rule.Facts.SERTRALINE;
import static org.triturate.order.rule.Facts.compatibility;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;

class CombinationDocumentedTest {

    private final CombinationDocumented rule = new CombinationDocumented();

    @Test
    void aSingleActivePasses() {
        passes(rule, RuleCode.COMBINATION_NOT_DOCUMENTED, Facts.order());
    }

    @Test
    void aPairWithoutEvidenceFailsOnActives() {
        Finding failure = onlyFailure(rule, RuleCode.COMBINATION_NOT_DOCUMENTED, Facts.lithiumAndLiothyronine());
        assertEquals("actives", failure.field());
    }

    @Test
    void aCompatibleRecordInTheOrderedFormPasses() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(
                compatibility(LIOTHYRONINE, LITHIUM, DosageForm.CAPSULE, CompatibilityStatus.COMPATIBLE));
        passes(rule, RuleCode.COMBINATION_NOT_DOCUMENTED, facts);
    }

    @Test
    void evidenceForAnotherFormDoesNotCount() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.ORAL_SUSPENSION, CompatibilityStatus.COMPATIBLE));
        onlyFailure(rule, RuleCode.COMBINATION_NOT_DOCUMENTED, facts);
    }

    @Test
    void anIncompatibleRecordDoesNotDocumentCompatibility() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE, CompatibilityStatus.INCOMPATIBLE));
        onlyFailure(rule, RuleCode.COMBINATION_NOT_DOCUMENTED, facts);
    }

    @Test
    void everyUndocumentedPairOfThreeActivesIsReported() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.actives.add(Facts.active(2, Facts.sertraline(), mg("25")));
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE, CompatibilityStatus.COMPATIBLE));
        facts.compatibilities.add(
                compatibility(SERTRALINE, LITHIUM, DosageForm.CAPSULE, CompatibilityStatus.COMPATIBLE));
        assertEquals(List.of("actives"), failedFields(rule, RuleCode.COMBINATION_NOT_DOCUMENTED, facts));
    }
}
