package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.RationaleCategory;
import org.triturate.order.rule.OrderFacts.PatientFacts;
import org.triturate.order.rule.OrderFacts.ProductFacts;

class RationaleConsistentTest {

    private final RationaleConsistent rule = new RationaleConsistent();

    @Test
    void aCustomStrengthThatIsNotMarketedPasses() {
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, Facts.order());
    }

    @Test
    void aCustomStrengthThatIsMarketedInThatFormIsContradicted() {
        Facts facts = tablets("50");
        Finding failure = onlyFailure(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
        assertEquals("clinicalRationale.categories", failure.field());
        assertTrue(failure.detail().startsWith("CUSTOM_STRENGTH"), failure.detail());
    }

    @Test
    void aMarketedStrengthInAnotherFormIsStillACustomStrength() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("50")));
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void aDiscontinuedStrengthIsACustomStrength() {
        Facts facts = tablets("50");
        facts.products = List.of(new ProductFacts(
                Facts.SERTRALINE,
                "tablets 50 mg",
                DosageForm.TABLET,
                ReleaseType.IMMEDIATE,
                mg("50"),
                Set.of(),
                false,
                ProductStatus.DISCONTINUED));
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void aStrengthMarketedOnlyInAnotherReleaseTypeIsACustomStrength() {
        Facts facts = tablets("150");
        facts.products = List.of(Facts.tablet(Facts.SERTRALINE, "150", ReleaseType.EXTENDED, false));
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
        facts.releaseType = ReleaseType.EXTENDED;
        onlyFailure(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void aFormMarketedOnlyInAnotherReleaseTypeIsAnAlternativeForm() {
        Facts facts = tablets("37.5");
        facts.rationaleCategories = Set.of(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        facts.products = List.of(Facts.tablet(Facts.SERTRALINE, "150", ReleaseType.EXTENDED, false));
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
        facts.releaseType = ReleaseType.EXTENDED;
        onlyFailure(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void anAlternativeFormPassesWhenTheActiveIsNotMarketedInIt() {
        Facts facts = Facts.order();
        facts.rationaleCategories = Set.of(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void anAlternativeFormIsContradictedWhenEveryActiveIsMarketedInIt() {
        Facts facts = tablets("37.5");
        facts.rationaleCategories = Set.of(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        onlyFailure(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void anExcipientIntoleranceNeedsAnEffectiveExclusion() {
        Facts facts = Facts.order();
        facts.rationaleCategories = Set.of(RationaleCategory.EXCIPIENT_INTOLERANCE);
        facts.requestedExclusions = Set.of();
        onlyFailure(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
        facts.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.LACTOSE), Set.of(), Set.of());
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void aSimplifiedRegimenNeedsTwoActives() {
        Facts facts = Facts.order();
        facts.rationaleCategories = Set.of(RationaleCategory.REGIMEN_SIMPLIFICATION);
        onlyFailure(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
        facts.actives(
                Facts.active(0, Facts.lithiumCarbonate(), mg("300")),
                Facts.active(1, Facts.liothyronine(), Facts.ug("25")));
        passes(rule, RuleCode.RATIONALE_INCONSISTENT, facts);
    }

    @Test
    void everyContradictedCategoryIsReported() {
        Facts facts = tablets("50");
        facts.rationaleCategories =
                EnumSet.of(RationaleCategory.CUSTOM_STRENGTH, RationaleCategory.REGIMEN_SIMPLIFICATION);
        assertEquals(
                List.of("clinicalRationale.categories", "clinicalRationale.categories"),
                failedFields(rule, RuleCode.RATIONALE_INCONSISTENT, facts));
    }

    /** Sertraline tablets of this strength, with a custom-strength rationale; 25/50/100 mg tablets are marketed. */
    private static Facts tablets(String strength) {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg(strength)));
        facts.dosageForm = DosageForm.TABLET;
        if (!List.of("25", "50", "100").contains(strength)) {
            facts.products.add(Facts.tablet(Facts.SERTRALINE, strength));
        }
        return facts;
    }
}
