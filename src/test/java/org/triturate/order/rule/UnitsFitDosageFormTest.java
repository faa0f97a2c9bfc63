package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.failedFields;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.RuleCode;

class UnitsFitDosageFormTest {

    private final UnitsFitDosageForm rule = new UnitsFitDosageForm();

    @Test
    void passesForMilligramCapsulesCountedInUnits() {
        passes(rule, RuleCode.INVALID_STRENGTH_UNIT, Facts.order());
    }

    @Test
    void passesForASuspensionInMicrogramsPerMillilitreMeasuredInMillilitres() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.sertraline(), Quantity.of("500", Unit.UG_PER_ML)));
        facts.dosageForm = DosageForm.ORAL_SUSPENSION;
        facts.quantity = Quantity.of("150", Unit.ML);
        facts.doseAmount = Quantity.of("5", Unit.ML);
        passes(rule, RuleCode.INVALID_STRENGTH_UNIT, facts);
    }

    @Test
    void failsOnEveryFieldWhoseUnitDoesNotFitTheForm() {
        Facts facts = Facts.order()
                .actives(
                        Facts.active(0, Facts.sertraline(), mg("37.5")),
                        Facts.active(1, Facts.lithiumCarbonate(), Quantity.of("60", Unit.MG_PER_ML)));
        facts.quantity = Quantity.of("30", Unit.ML);
        facts.doseAmount = Quantity.of("1", Unit.G);
        assertEquals(
                List.of("actives[1].strength.unit", "quantity.unit", "dose.amount.unit"),
                failedFields(rule, RuleCode.INVALID_STRENGTH_UNIT, facts));
    }

    @Test
    void aCreamIsDosedByWeightInMilligramsPerGram() {
        Facts facts = Facts.order().actives(Facts.active(0, Facts.ketamine(), mg("50")));
        facts.dosageForm = DosageForm.TOPICAL_CREAM;
        facts.quantity = Quantity.of("30", Unit.G);
        facts.doseAmount = Quantity.of("500", Unit.MG);
        assertEquals(List.of("actives[0].strength.unit"), failedFields(rule, RuleCode.INVALID_STRENGTH_UNIT, facts));
    }
}
