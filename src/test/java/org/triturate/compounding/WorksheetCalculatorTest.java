package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triturate.testing.WorksheetComponents.FULL_POTENCY;
import static org.triturate.testing.WorksheetComponents.MCC_QS;
import static org.triturate.testing.WorksheetComponents.active;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.WorksheetCalculator.Component;
import org.triturate.compounding.WorksheetCalculator.Line;
import org.triturate.compounding.WorksheetCalculator.Worksheet;
import org.triturate.compounding.rule.SaltFactorsKnown;

class WorksheetCalculatorTest {

    private final WorksheetCalculator calculator = new WorksheetCalculator(Quantity.of("120", Unit.MG));

    @Test
    void sertralineBase37point5MgTimes30CapsulesWeighedAsTheHydrochlorideWithA3PercentOverage() {
        // 37.5 mg × 30 × 1.03 × 1.119 = 1296.64125 mg → 1296.6 mg (the contract's example quantityUsed)
        Worksheet worksheet = calculator.calculate(
                Quantity.of("30", Unit.UNIT),
                new BigDecimal("3"),
                List.of(active("Sertraline hydrochloride", "37.5", Unit.MG, "1.119", "100"), MCC_QS));
        assertEquals(new BigDecimal("30.9"), worksheet.batchUnits());
        Line sertraline = worksheet.lines().get(0);
        assertEquals(new BigDecimal("1296.6"), sertraline.quantity().value());
        assertEquals(Unit.MG, sertraline.quantity().unit());
        Line base = worksheet.lines().get(1);
        assertTrue(base.qs());
        assertNull(base.quantity());
        assertEquals(List.of(), worksheet.warnings());
    }

    @Test
    void aFiveMicrogramLiothyronineBatchIsWeighedInMicrogramsAndNeedsAnAliquot() {
        // 5 ug × 30 × 1.00 × 1 = 150 ug, far below 120 mg
        Worksheet worksheet = calculator.calculate(
                Quantity.of("30", Unit.UNIT),
                BigDecimal.ZERO,
                List.of(active("Liothyronine (test salt factor 1)", "5", Unit.UG, "1", "100"), MCC_QS));
        assertEquals(
                0,
                new BigDecimal("150")
                        .compareTo(worksheet.lines().get(0).quantity().value()));
        assertEquals(Unit.UG, worksheet.lines().get(0).quantity().unit());
        assertEquals(1, worksheet.warnings().size());
        assertEquals(RuleCode.ALIQUOT_REQUIRED, worksheet.warnings().get(0).code());
    }

    @Test
    void microgramsAreRoundedToATenthOfAMicrogram() {
        // 2.5 ug × 31 × 1.02 = 79.05 ug → 79.1 ug (half-up)
        Worksheet worksheet = calculator.calculate(
                Quantity.of("31", Unit.UNIT), new BigDecimal("2"), List.of(active("T3", "2.5", Unit.UG, "1", "100")));
        assertEquals(new BigDecimal("79.1"), worksheet.lines().get(0).quantity().value());
    }

    @Test
    void potencyBelow100PercentRaisesTheWeightAndRoundsOnceAtTheEnd() {
        // 100 mg × 10 ÷ 0.98 = 1020.408… mg → 1020.4 mg
        Worksheet worksheet = calculator.calculate(
                Quantity.of("10", Unit.UNIT),
                BigDecimal.ZERO,
                List.of(active("Bupropion hydrochloride", "100", Unit.MG, "1", "98")));
        assertEquals(
                new BigDecimal("1020.4"), worksheet.lines().get(0).quantity().value());
    }

    @Test
    void halfATenthRoundsUp() {
        Worksheet worksheet = calculator.calculate(
                Quantity.of("1", Unit.UNIT), BigDecimal.ZERO, List.of(active("Test", "12.25", Unit.MG, "1", "100")));
        assertEquals(new BigDecimal("12.3"), worksheet.lines().get(0).quantity().value());
    }

    @Test
    void aLiquidIsStrengthPerMillilitreTimesTheOrderedVolume() {
        Worksheet worksheet = calculator.calculate(
                Quantity.of("300", Unit.ML),
                BigDecimal.ZERO,
                List.of(active("Bupropion hydrochloride", "15", Unit.MG_PER_ML, "1", "100")));
        assertEquals(
                0,
                new BigDecimal("4500")
                        .compareTo(worksheet.lines().get(0).quantity().value()));
        assertEquals(0, new BigDecimal("300").compareTo(worksheet.batchUnits()));
    }

    @Test
    void aCreamIsStrengthPerGramTimesTheOrderedWeightInAnyMassUnit() {
        Worksheet worksheet = calculator.calculate(
                Quantity.of("30000", Unit.MG),
                BigDecimal.ZERO,
                List.of(active("Ketamine hydrochloride", "50", Unit.MG_PER_G, "1", "100")));
        assertEquals(
                0,
                new BigDecimal("1500")
                        .compareTo(worksheet.lines().get(0).quantity().value()));
    }

    @Test
    void anExcipientWithAnAmountIsEnlargedByTheOverageButHasNoSaltFactor() {
        Component stearate =
                new Component(41, "Magnesium stearate", false, false, Quantity.of("1", Unit.MG), null, FULL_POTENCY);
        Worksheet worksheet =
                calculator.calculate(Quantity.of("30", Unit.UNIT), new BigDecimal("3"), List.of(stearate));
        assertEquals(new BigDecimal("30.9"), worksheet.lines().get(0).quantity().value());
    }

    @Test
    void anActiveWithoutASaltFactorCannotBeWeighed() {
        List<Finding> findings = new SaltFactorsKnown()
                .check(List.of(
                        active("Liothyronine sodium", "5", Unit.UG, null, "100"),
                        MCC_QS,
                        active("Sertraline hydrochloride", "37.5", Unit.MG, "1.119", "100")));
        assertEquals(1, findings.size());
        assertEquals(RuleCode.SALT_FACTOR_UNKNOWN, findings.get(0).code());
        assertEquals(Outcome.BLOCK, findings.get(0).outcome());
        assertTrue(
                findings.get(0).detail().contains("Liothyronine"),
                findings.get(0).detail());
    }

    @Test
    void theMinimumWeighableQuantityIsConfigurable() {
        WorksheetCalculator fineBalance = new WorksheetCalculator(Quantity.of("10", Unit.MG));
        Worksheet worksheet = fineBalance.calculate(
                Quantity.of("1", Unit.UNIT), BigDecimal.ZERO, List.of(active("Test", "50", Unit.MG, "1", "100")));
        assertEquals(List.of(), worksheet.warnings());
        assertEquals(
                1,
                calculator
                        .calculate(
                                Quantity.of("1", Unit.UNIT),
                                BigDecimal.ZERO,
                                List.of(active("Test", "50", Unit.MG, "1", "100")))
                        .warnings()
                        .size());
    }
}
