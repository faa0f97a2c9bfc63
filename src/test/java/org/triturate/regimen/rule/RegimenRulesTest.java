package org.triturate.regimen.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.regimen.PlannedStep;
import org.triturate.regimen.RegimenKind;

class RegimenRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 12, 2);
    private static final Quantity ONE_CAPSULE = Quantity.of("1", Unit.UNIT);

    /** Consecutive 14-day steps of one capsule once daily at these strengths. */
    private static List<PlannedStep> capsules(Quantity... strengths) {
        List<PlannedStep> steps = new ArrayList<>();
        LocalDate next = START;
        for (int i = 0; i < strengths.length; i++) {
            PlannedStep step = PlannedStep.of(i + 1, next, strengths[i], ONE_CAPSULE, 1, 14);
            steps.add(step);
            next = step.endOn().plusDays(1);
        }
        return steps;
    }

    private static Quantity mg(String value) {
        return Quantity.of(value, Unit.MG);
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
        return findings.get(0);
    }

    private static void blocks(RuleCode code, List<Finding> findings) {
        Finding finding = only(findings);
        assertEquals(code, finding.code());
        assertEquals(Outcome.BLOCK, finding.outcome(), finding::detail);
    }

    private static void passes(List<Finding> findings) {
        assertEquals(
                Outcome.PASS, only(findings).outcome(), () -> only(findings).detail());
    }

    private static List<Finding> monotonic(RegimenKind kind, List<PlannedStep> steps) {
        return new ScheduleMonotonic().check(new RegimenFacts(kind, steps, EXPIRES));
    }

    @Test
    void aTitrationRaisesTheDailyDoseAtEveryStep() {
        passes(monotonic(RegimenKind.TITRATION, capsules(mg("25"), mg("31.25"), mg("37.5"))));
        blocks(
                RuleCode.SCHEDULE_NOT_MONOTONIC,
                monotonic(RegimenKind.TITRATION, capsules(mg("31.25"), mg("37.5"), mg("31.25"))));
    }

    @Test
    void aTaperLowersTheDailyDoseAtEveryStep() {
        passes(monotonic(RegimenKind.TAPER, capsules(mg("75"), mg("56.25"), mg("37.5"), mg("18.75"))));
        blocks(RuleCode.SCHEDULE_NOT_MONOTONIC, monotonic(RegimenKind.TAPER, capsules(mg("37.5"), mg("75"))));
    }

    @Test
    void anEqualDailyDoseIsNoStepEitherWay() {
        blocks(RuleCode.SCHEDULE_NOT_MONOTONIC, monotonic(RegimenKind.TITRATION, capsules(mg("37.5"), mg("37.50"))));
        blocks(RuleCode.SCHEDULE_NOT_MONOTONIC, monotonic(RegimenKind.TAPER, capsules(mg("37.5"), mg("37.5"))));
    }

    @Test
    void dailyDosesCompareAcrossUnitsAndDoseSchedules() {
        // 500 ug is 0.5 mg: a rise after 0.25 mg, no rise after 1 mg.
        Quantity halfMilligram = Quantity.of("500", Unit.UG);
        passes(monotonic(RegimenKind.TITRATION, capsules(mg("0.25"), halfMilligram)));
        blocks(RuleCode.SCHEDULE_NOT_MONOTONIC, monotonic(RegimenKind.TITRATION, capsules(mg("1"), halfMilligram)));
        // 25 mg twice daily (50 mg a day) after 37.5 mg once daily is a rise, though the strength fell.
        List<PlannedStep> steps = List.of(
                PlannedStep.of(1, START, mg("37.5"), ONE_CAPSULE, 1, 14),
                PlannedStep.of(2, START.plusDays(14), mg("25"), ONE_CAPSULE, 2, 14));
        passes(monotonic(RegimenKind.TITRATION, steps));
        blocks(RuleCode.SCHEDULE_NOT_MONOTONIC, monotonic(RegimenKind.TAPER, steps));
    }

    @Test
    void oneFindingNamesEveryOffendingStep() {
        Finding finding = only(monotonic(RegimenKind.TAPER, capsules(mg("75"), mg("75"), mg("50"), mg("60"))));
        assertTrue(finding.detail().contains("step 2"), finding.detail());
        assertTrue(finding.detail().contains("step 4"), finding.detail());
        assertTrue(!finding.detail().contains("step 3"), finding.detail());
    }

    @Test
    void aStepWhoseDailyDoseCannotBeComputedIsLeftToTheOrderRules() {
        // A mg/mL strength dosed in capsules: the order rules report INVALID_STRENGTH_UNIT for that step.
        List<PlannedStep> steps = List.of(
                PlannedStep.of(1, START, mg("50"), ONE_CAPSULE, 1, 14),
                PlannedStep.of(2, START.plusDays(14), Quantity.of("20", Unit.MG_PER_ML), ONE_CAPSULE, 1, 14));
        passes(monotonic(RegimenKind.TAPER, steps));
    }

    @Test
    void theScheduleEndsByTheDayThePrescriptionExpires() {
        List<PlannedStep> steps = capsules(mg("31.25"), mg("37.5"));
        LocalDate lastDay = steps.get(1).endOn();
        ScheduleWithinPrescription rule = new ScheduleWithinPrescription();
        passes(rule.check(new RegimenFacts(RegimenKind.TITRATION, steps, lastDay)));
        blocks(
                RuleCode.SCHEDULE_TOO_LONG,
                rule.check(new RegimenFacts(RegimenKind.TITRATION, steps, lastDay.minusDays(1))));
    }

    @Test
    void aRegimenHasAtLeastTwoSteps() {
        ScheduleHasSteps rule = new ScheduleHasSteps();
        blocks(RuleCode.SCHEDULE_EMPTY, rule.check(new RegimenFacts(RegimenKind.TAPER, List.of(), EXPIRES)));
        blocks(RuleCode.SCHEDULE_EMPTY, rule.check(new RegimenFacts(RegimenKind.TAPER, capsules(mg("75")), EXPIRES)));
        passes(rule.check(new RegimenFacts(RegimenKind.TAPER, capsules(mg("75"), mg("37.5")), EXPIRES)));
    }

    @Test
    void theRuleListReportsEveryScheduleFaultAtOnce() {
        List<Finding> blocking = RegimenRules.check(
                        new RegimenFacts(RegimenKind.TITRATION, capsules(mg("50")), START.plusDays(3)))
                .blocking();
        assertEquals(
                List.of(RuleCode.SCHEDULE_TOO_LONG, RuleCode.SCHEDULE_EMPTY),
                blocking.stream().map(Finding::code).toList());
    }
}
