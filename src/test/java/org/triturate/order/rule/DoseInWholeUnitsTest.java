package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;
import static org.triturate.order.rule.RuleAssertions.staysSilent;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.RuleCode;

class DoseInWholeUnitsTest {

    private final DoseInWholeUnits rule = new DoseInWholeUnits();

    private static Facts dose(DosageForm form, String units) {
        Facts facts = Facts.order();
        facts.dosageForm = form;
        facts.doseAmount = Quantity.of(units, Unit.UNIT);
        return facts;
    }

    @Test
    void formsThatCannotBeDividedAreTakenAsWholeUnits() {
        for (DosageForm form : List.of(
                DosageForm.CAPSULE,
                DosageForm.ORALLY_DISINTEGRATING_TABLET,
                DosageForm.TROCHE,
                DosageForm.SUPPOSITORY)) {
            passes(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, dose(form, "2"));
            assertEquals(
                    "dose.amount",
                    onlyFailure(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, dose(form, "1.5"))
                            .field());
        }
    }

    @Test
    void aTabletMayBeHalved() {
        passes(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, dose(DosageForm.TABLET, "1.5"));
        passes(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, dose(DosageForm.TABLET, "0.5"));
        onlyFailure(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, dose(DosageForm.TABLET, "0.25"));
        onlyFailure(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, dose(DosageForm.TABLET, "1.75"));
    }

    @Test
    void measuredDosesAreNotJudged() {
        Facts solution = Facts.order();
        solution.dosageForm = DosageForm.ORAL_SOLUTION;
        solution.doseAmount = Quantity.of("2.37", Unit.ML);
        passes(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, solution);
        Facts cream = Facts.order();
        cream.dosageForm = DosageForm.TOPICAL_CREAM;
        cream.doseAmount = Quantity.of("0.25", Unit.G);
        passes(rule, RuleCode.DOSE_NOT_WHOLE_UNITS, cream);
    }

    @Test
    void leavesADoseInTheWrongUnitToInvalidStrengthUnit() {
        Facts facts = Facts.order();
        facts.doseAmount = Quantity.of("1.5", Unit.ML);
        staysSilent(rule, facts);
    }
}
