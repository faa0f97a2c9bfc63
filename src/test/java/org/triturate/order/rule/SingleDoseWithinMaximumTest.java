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
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

class SingleDoseWithinMaximumTest {

    private final SingleDoseWithinMaximum rule = new SingleDoseWithinMaximum();

    /** Bupropion hydrochloride: at most 150 mg in one immediate-release dose, 450 mg a day. */
    private static IngredientFacts bupropion(Quantity maxSingleDose) {
        return new IngredientFacts(
                4,
                "Bupropion hydrochloride",
                IngredientRole.ACTIVE,
                "bupropion",
                Set.of(),
                null,
                mg("450"),
                maxSingleDose,
                false,
                false,
                null);
    }

    private static Facts bupropionTablets(String strength, String unitsPerDose) {
        Facts facts = Facts.order().actives(Facts.active(0, bupropion(mg("150")), mg(strength)));
        facts.dosageForm = DosageForm.TABLET;
        facts.doseAmount = Quantity.of(unitsPerDose, Unit.UNIT);
        return facts;
    }

    @Test
    void exactlyTheMaximumPasses() {
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, bupropionTablets("75", "2"));
    }

    @Test
    void strengthTimesDoseAmountAboveTheMaximumFailsOnTheActive() {
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, bupropionTablets("100", "1.5"));
        Finding failure = onlyFailure(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, bupropionTablets("100", "2"));
        assertEquals("actives[0]", failure.field());
        assertTrue(failure.detail().contains("200 mg per dose"), failure.detail());
    }

    @Test
    void timesPerDayDoNotCount() {
        Facts facts = bupropionTablets("150", "1");
        facts.timesPerDay = 3;
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void unitsAreConvertedToTheMaximumsUnit() {
        Facts inGrams = Facts.order().actives(Facts.active(0, bupropion(Quantity.of("0.15", Unit.G)), mg("150")));
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, inGrams);
        inGrams.actives(Facts.active(0, bupropion(Quantity.of("0.15", Unit.G)), Facts.ug("150001")));
        onlyFailure(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, inGrams);
    }

    @Test
    void aLiquidDoseIsStrengthPerMillilitreTimesMillilitres() {
        Facts facts = Facts.order().actives(Facts.active(0, bupropion(mg("150")), Quantity.of("15", Unit.MG_PER_ML)));
        facts.dosageForm = DosageForm.ORAL_SUSPENSION;
        facts.doseAmount = Quantity.of("10", Unit.ML);
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
        facts.doseAmount = Quantity.of("10.1", Unit.ML);
        onlyFailure(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void theImmediateReleaseLimitDoesNotJudgeOtherReleaseTypes() {
        Facts facts = bupropionTablets("200", "1");
        onlyFailure(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
        facts.releaseType = ReleaseType.EXTENDED;
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
        facts.releaseType = ReleaseType.DELAYED;
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void anActiveWithoutASingleDoseMaximumIsNotJudged() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), mg("200")));
        facts.doseAmount = Quantity.of("4", Unit.UNIT);
        passes(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts);
    }

    @Test
    void everyActiveAboveItsMaximumIsReported() {
        Facts facts = Facts.order()
                .actives(
                        Facts.active(0, Facts.sertraline(), mg("100")),
                        Facts.active(1, bupropion(mg("150")), mg("151")));
        assertEquals(List.of("actives[1]"), failedFields(rule, RuleCode.SINGLE_DOSE_ABOVE_MAXIMUM, facts));
    }
}
