package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

class DoseWithinMaximumTest {

    private final DoseWithinMaximum rule = new DoseWithinMaximum();

    @Test
    void exactlyTheMaximumPasses() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("50")));
        facts.doseAmount = Quantity.of("2", Unit.UNIT);
        facts.timesPerDay = 2;
        passes(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void aboveTheMaximumFailsOnTheActive() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("50.5")));
        facts.doseAmount = Quantity.of("2", Unit.UNIT);
        facts.timesPerDay = 2;
        Finding failure = onlyFailure(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts);
        assertEquals("actives[0]", failure.field());
        assertTrue(failure.detail().contains("202 mg"), failure.detail());
    }

    @Test
    void unitsAreConvertedToTheMaximumsUnit() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), Facts.ug("201000")));
        onlyFailure(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts);
        IngredientFacts inGrams = new IngredientFacts(
                Facts.SERTRALINE,
                "Sertraline hydrochloride",
                IngredientRole.ACTIVE,
                null,
                Set.of(),
                null,
                Quantity.of("0.2", Unit.G),
                null,
                false,
                false,
                null);
        passes(rule, RuleCode.DOSE_ABOVE_MAXIMUM, Facts.order().actives(Facts.active(0, inGrams, mg("200"))));
        onlyFailure(rule, RuleCode.DOSE_ABOVE_MAXIMUM, Facts.order().actives(Facts.active(0, inGrams, mg("200.001"))));
    }

    @Test
    void aLiquidDoseIsStrengthPerMillilitreTimesMillilitres() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), Quantity.of("20", Unit.MG_PER_ML)));
        facts.dosageForm = DosageForm.ORAL_SOLUTION;
        facts.doseAmount = Quantity.of("10", Unit.ML);
        passes(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts);
        facts.doseAmount = Quantity.of("10.5", Unit.ML);
        onlyFailure(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void anActiveWithoutASourcedMaximumIsNotJudged() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.lithiumCarbonate(), mg("900")));
        facts.timesPerDay = 24;
        passes(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void everyActiveAboveItsMaximumIsReported() {
        IngredientFacts mirtazapine = new IngredientFacts(
                5, "Mirtazapine", IngredientRole.ACTIVE, null, Set.of(), null, mg("45"), null, false, false, null);
        Facts facts = Facts.order()
                .actives(
                        Facts.active(0, Facts.sertraline(), mg("150")),
                        Facts.active(1, mirtazapine, mg("15")),
                        Facts.active(2, Facts.lithiumCarbonate(), mg("300")));
        facts.timesPerDay = 4;
        assertEquals(List.of("actives[0]", "actives[1]"), failedFields(rule, RuleCode.DOSE_ABOVE_MAXIMUM, facts));
    }
}
