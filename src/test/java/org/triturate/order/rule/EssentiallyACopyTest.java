package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.RationaleCategory;
import org.triturate.order.rule.OrderFacts.OrderedActive;
import org.triturate.order.rule.OrderFacts.PatientFacts;
import org.triturate.order.rule.OrderFacts.ProductFacts;

class EssentiallyACopyTest {

    private final EssentiallyACopy rule = new EssentiallyACopy();

    @Test
    void aStrengthBetweenMarketedOnesIsNotACopy() {
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, Facts.order());
    }

    @Test
    void theSameStrengthInTheSameFormIsACopy() {
        Finding failure = onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, tablets("50"));
        assertEquals("actives[0].strength", failure.field());
        assertTrue(failure.detail().contains("tablets 50 mg"), failure.detail());
    }

    @Test
    void aStrengthWithinTheToleranceIsACopy() {
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, tablets("55"));
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, tablets("45"));
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, tablets("55.01"));
    }

    @Test
    void theToleranceIsConfigurable() {
        Facts facts = tablets("53");
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        facts.copyTolerance = new BigDecimal("0.05");
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        facts.actives(Facts.active(0, Facts.sertraline(), mg("52.5")));
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void aMultipleOfUpToFourUnitsOfAMarketedStrengthIsACopy() {
        Finding failure = onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, tablets("300"));
        assertTrue(failure.detail().contains("3 units"), failure.detail());
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, tablets("400"));
        Facts onlyTheSmallest = tablets("125");
        onlyTheSmallest.products = List.of(Facts.tablet(Facts.SERTRALINE, "25"));
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, onlyTheSmallest);
    }

    @Test
    void aStrengthInAnotherUnitOfTheSameDimensionIsCompared() {
        Facts facts = tablets("50");
        facts.actives(Facts.active(0, Facts.sertraline(), Facts.ug("50000")));
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void anotherFormOfTheSameRouteIsACopyUnlessTheFormIsTheRationale() {
        Facts capsules = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("50")));
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, capsules);
        capsules.rationaleCategories = EnumSet.of(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, capsules);
    }

    @Test
    void anotherRouteIsNotACopy() {
        Facts troches = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("50")));
        troches.dosageForm = DosageForm.TROCHE;
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, troches);
    }

    @Test
    void aStrengthOfAnotherDimensionIsNotACopy() {
        Facts suspension =
                Facts.order().actives(Facts.active(0, Facts.sertraline(), Quantity.of("50", Unit.MG_PER_ML)));
        suspension.dosageForm = DosageForm.ORAL_SUSPENSION;
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, suspension);
    }

    @Test
    void discontinuedAndShortageProductsAreNotCommerciallyAvailable() {
        for (ProductStatus status : List.of(ProductStatus.DISCONTINUED, ProductStatus.SHORTAGE)) {
            Facts facts = tablets("50");
            facts.products = List.of(new ProductFacts(
                    Facts.SERTRALINE,
                    "tablets 50 mg",
                    DosageForm.TABLET,
                    ReleaseType.IMMEDIATE,
                    mg("50"),
                    Set.of(),
                    false,
                    status));
            passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        }
    }

    @Test
    void aProductContainingAnExcludedAllergenIsNotAnAlternative() {
        Facts facts = tablets("50");
        facts.products = List.of(new ProductFacts(
                Facts.SERTRALINE,
                "tablets 50 mg",
                DosageForm.TABLET,
                ReleaseType.IMMEDIATE,
                mg("50"),
                Set.of(AllergenClass.LACTOSE),
                false,
                ProductStatus.MARKETED));
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        facts.requestedExclusions = EnumSet.of(AllergenClass.LACTOSE);
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        facts.requestedExclusions = Set.of();
        facts.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.LACTOSE), Set.of(), Set.of());
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void onlyProductsOfTheOrdersReleaseTypeCount() {
        Facts facts = tablets("150");
        facts.products = List.of(Facts.tablet(Facts.SERTRALINE, "150", ReleaseType.EXTENDED, false));
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        facts.releaseType = ReleaseType.EXTENDED;
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        facts.releaseType = ReleaseType.DELAYED;
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void aProductWhoseExcipientsAreUnknownIsNotComparedWhenTheOrderExcludesSomething() {
        Facts facts = tablets("50");
        facts.products = List.of(Facts.tablet(Facts.SERTRALINE, "50", ReleaseType.IMMEDIATE, true));
        List<Finding> findings = rule.check(facts.build());
        assertEquals(1, findings.size());
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertTrue(
                findings.get(0).detail().contains("excipients are unknown"),
                findings.get(0).detail());
        assertTrue(
                findings.get(0).detail().contains("tablets 50 mg"),
                findings.get(0).detail());
        // without any effective exclusion there is nothing it could fail to meet
        facts.requestedExclusions = Set.of();
        onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void aProductWhoseExcipientsAreUnknownIsNamedWhenAnotherMakesTheOrderACopy() {
        Facts facts = tablets("50");
        facts.products = List.of(
                Facts.tablet(Facts.SERTRALINE, "50", ReleaseType.IMMEDIATE, false),
                new ProductFacts(
                        Facts.SERTRALINE,
                        "Unsourced tablets 50 mg",
                        DosageForm.TABLET,
                        ReleaseType.IMMEDIATE,
                        mg("50"),
                        Set.of(),
                        true,
                        ProductStatus.MARKETED));
        Finding failure = onlyFailure(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
        assertTrue(failure.detail().contains("not compared"), failure.detail());
        assertTrue(failure.detail().contains("Unsourced tablets 50 mg"), failure.detail());
    }

    @Test
    void aProductKnownToCarryAnExcludedAllergenIsNotNamedAsUnknown() {
        Facts facts = tablets("50");
        facts.products = List.of(new ProductFacts(
                Facts.SERTRALINE,
                "Dyed tablets 50 mg",
                DosageForm.TABLET,
                ReleaseType.IMMEDIATE,
                mg("50"),
                Set.of(AllergenClass.DYE),
                true,
                ProductStatus.MARKETED));
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void aProductWhoseExcipientsAreUnknownButWhoseStrengthDiffersIsNotMentioned() {
        Facts facts = tablets("37.5");
        facts.products = List.of(Facts.tablet(Facts.SERTRALINE, "50", ReleaseType.IMMEDIATE, true));
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void aCombinationIsNeverACopy() {
        Facts facts = tablets("50");
        facts.actives(
                Facts.active(0, Facts.sertraline(), mg("50")), Facts.active(1, Facts.lithiumCarbonate(), mg("300")));
        passes(rule, RuleCode.ESSENTIALLY_A_COPY, facts);
    }

    @Test
    void leavesAnUnknownIngredientToIngredientNotFound() {
        staysSilent(rule, Facts.order().actives(new OrderedActive(0, 999L, mg("50"), null)));
    }

    private static Facts tablets(String strength) {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg(strength)));
        facts.dosageForm = DosageForm.TABLET;
        return facts;
    }
}
