package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.LIOTHYRONINE;
import static org.triturate.order.rule.Facts.LITHIUM;
import static org.triturate.order.rule.Facts.compatibility;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import org.junit.jupiter.api.Test;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DosageForm;
import org.triturate.common.rule.RuleCode;

class CombinationNotIncompatibleTest {

    private final CombinationNotIncompatible rule = new CombinationNotIncompatible();

    @Test
    void aPairWithoutAnyRecordIsNotIncompatible() {
        passes(rule, RuleCode.COMBINATION_INCOMPATIBLE, Facts.lithiumAndLiothyronine());
    }

    @Test
    void anIncompatibleRecordInTheOrderedFormFails() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE, CompatibilityStatus.INCOMPATIBLE));
        assertEquals(
                "actives",
                onlyFailure(rule, RuleCode.COMBINATION_INCOMPATIBLE, facts).field());
    }

    @Test
    void anIncompatibilityOutweighsACompatibleReport() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE, CompatibilityStatus.COMPATIBLE));
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.CAPSULE, CompatibilityStatus.INCOMPATIBLE));
        onlyFailure(rule, RuleCode.COMBINATION_INCOMPATIBLE, facts);
    }

    @Test
    void anIncompatibilityInAnotherFormDoesNotCount() {
        Facts facts = Facts.lithiumAndLiothyronine();
        facts.compatibilities.add(
                compatibility(LITHIUM, LIOTHYRONINE, DosageForm.ORAL_SOLUTION, CompatibilityStatus.INCOMPATIBLE));
        passes(rule, RuleCode.COMBINATION_INCOMPATIBLE, facts);
    }
}
