package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.MoietyAllergy;
import org.triturate.order.rule.OrderFacts.PatientFacts;

class NoAllergyConflictTest {

    private final NoAllergyConflict rule = new NoAllergyConflict();
    private static final IngredientFacts WITH_GLUTEN = new IngredientFacts(
            60,
            "Active on a wheat starch base",
            IngredientRole.ACTIVE,
            null,
            EnumSet.of(AllergenClass.GLUTEN),
            null,
            null,
            null,
            false,
            false,
            null);

    @Test
    void passesWithoutAllergies() {
        passes(rule, RuleCode.ALLERGY_CONFLICT, Facts.order());
    }

    @Test
    void failsWhenThePatientIsAllergicToTheActive() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts("OR", true, Set.of(), Set.of(Facts.SERTRALINE), Set.of());
        assertEquals(
                "actives[0].ingredientId",
                onlyFailure(rule, RuleCode.ALLERGY_CONFLICT, facts).field());
    }

    @Test
    void failsWhenThePatientIsAllergicToAnotherSaltOfTheSameMoiety() {
        IngredientFacts besylate = new IngredientFacts(
                11,
                "Venlafaxine besylate",
                IngredientRole.ACTIVE,
                "venlafaxine",
                Set.of(),
                null,
                null,
                null,
                false,
                false,
                null);
        Facts facts = Facts.order().actives(Facts.active(0, besylate, mg("112.5")));
        facts.patient = new PatientFacts(
                "OR",
                true,
                Set.of(),
                Set.of(8L),
                Set.of(new MoietyAllergy("venlafaxine", "Venlafaxine hydrochloride")));
        Finding failure = onlyFailure(rule, RuleCode.ALLERGY_CONFLICT, facts);
        assertEquals("actives[0].ingredientId", failure.field());
        assertTrue(failure.detail().contains("Venlafaxine hydrochloride"), failure.detail());
        assertTrue(failure.detail().contains("Venlafaxine besylate"), failure.detail());
    }

    @Test
    void anAllergyToAnotherMoietyDoesNotConflict() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts(
                "OR",
                true,
                Set.of(),
                Set.of(8L),
                Set.of(new MoietyAllergy("venlafaxine", "Venlafaxine hydrochloride")));
        passes(rule, RuleCode.ALLERGY_CONFLICT, facts);
    }

    @Test
    void failsWhenAnActiveCarriesAnAllergenClassOfThePatient() {
        Facts facts = Facts.order()
                .actives(Facts.active(0, Facts.sertraline(), mg("37.5")), Facts.active(1, WITH_GLUTEN, mg("10")));
        facts.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.GLUTEN), Set.of(), Set.of());
        assertEquals(List.of("actives[1].ingredientId"), failedFields(rule, RuleCode.ALLERGY_CONFLICT, facts));
    }

    @Test
    void failsWhenAnActiveCarriesAClassTheOrderExcludes() {
        Facts facts = Facts.order().actives(Facts.active(0, WITH_GLUTEN, mg("10")));
        facts.requestedExclusions = EnumSet.of(AllergenClass.GLUTEN);
        onlyFailure(rule, RuleCode.ALLERGY_CONFLICT, facts);
        facts.requestedExclusions = EnumSet.of(AllergenClass.DYE);
        passes(rule, RuleCode.ALLERGY_CONFLICT, facts);
    }

    @Test
    void leavesAnUnknownPatientToPatientNotFound() {
        Facts facts = Facts.order();
        facts.patient = null;
        staysSilent(rule, facts);
    }
}
