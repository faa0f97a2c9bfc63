package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class DaysSupplyMatchesDoseTest {

    private final DaysSupplyMatchesDose rule = new DaysSupplyMatchesDose();

    private static Facts capsules(String quantity, int daysSupply) {
        Facts facts = Facts.order();
        facts.quantity = Quantity.of(quantity, Unit.UNIT);
        facts.daysSupply = daysSupply;
        return facts;
    }

    private void warns(Facts facts) {
        List<Finding> findings = rule.check(facts.build());
        assertEquals(1, findings.size(), () -> "one warning expected: " + findings);
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertEquals(RuleCode.DAYS_SUPPLY_MISMATCH, findings.get(0).code());
    }

    private void saysNothing(Facts facts) {
        assertEquals(List.of(), rule.check(facts.build()));
    }

    @Test
    void aQuantityThatLastsTheStatedDaysSaysNothing() {
        saysNothing(Facts.order());
    }

    @Test
    void moreThanTenPercentAndMoreThanOneDayOffWarnsWithBothNumbers() {
        Facts facts = capsules("60", 30);
        facts.timesPerDay = 1;
        List<Finding> findings = rule.check(facts.build());
        warns(facts);
        assertTrue(
                findings.get(0).detail().contains("lasts 60 days"),
                findings.get(0).detail());
        assertTrue(findings.get(0).detail().contains("30-day"), findings.get(0).detail());
    }

    @Test
    void withinTenPercentSaysNothing() {
        saysNothing(capsules("33", 30));
        saysNothing(capsules("27", 30));
        warns(capsules("34", 30));
        warns(capsules("26", 30));
    }

    @Test
    void withinOneDaySaysNothingEvenAboveTenPercent() {
        // 5 days stated, 6 capsules last 6 days: 20 % off but a single day
        saysNothing(capsules("6", 5));
        warns(capsules("7", 5));
    }

    @Test
    void dosesPerDayCount() {
        Facts facts = capsules("60", 30);
        facts.timesPerDay = 2;
        saysNothing(facts);
        facts.doseAmount = Quantity.of("2", Unit.UNIT);
        warns(facts);
    }

    @Test
    void aLiquidIsMeasuredInMillilitres() {
        Facts facts = Facts.order();
        facts.dosageForm = DosageForm.ORAL_SOLUTION;
        facts.quantity = Quantity.of("300", Unit.ML);
        facts.doseAmount = Quantity.of("5", Unit.ML);
        facts.timesPerDay = 2;
        saysNothing(facts);
        facts.doseAmount = Quantity.of("10", Unit.ML);
        warns(facts);
    }

    @Test
    void notJudgedWithoutADaysSupplyOrWithUnitsThatDoNotMatch() {
        Facts facts = capsules("90", 30);
        facts.daysSupply = null;
        saysNothing(facts);
        Facts mismatched = capsules("90", 30);
        mismatched.doseAmount = Quantity.of("1", Unit.ML);
        saysNothing(mismatched);
    }
}
