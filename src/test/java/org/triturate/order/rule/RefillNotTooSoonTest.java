package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;

class RefillNotTooSoonTest {

    private final RefillNotTooSoon rule = new RefillNotTooSoon();

    @Test
    void exactly75PercentOfTheSupplyPasses() {
        // 28 days' supply: 21 days is exactly 75 %
        assertEquals(Outcome.PASS, only(dispensedDaysAgo(21, 28, null)).outcome());
    }

    @Test
    void oneDayLessThan75PercentIsTooSoon() {
        Finding finding = only(dispensedDaysAgo(20, 28, null));
        assertEquals(Outcome.BLOCK, finding.outcome());
        assertEquals("earlyRefillReason", finding.field());
        assertTrue(finding.detail().contains(Facts.TODAY.plusDays(1).toString()), finding.detail());
    }

    @Test
    void aFractionalThresholdRoundsUpToTheNextWholeDay() {
        // 30 days' supply: 75 % is 22.5 days, so day 22 is too soon and day 23 is not
        assertEquals(Outcome.BLOCK, only(dispensedDaysAgo(22, 30, null)).outcome());
        assertEquals(Outcome.PASS, only(dispensedDaysAgo(23, 30, null)).outcome());
    }

    @Test
    void aReasonOfTenCharactersLetsAnEarlyRefillThroughWithAWarning() {
        // Ten characters, as the contract counts them: the space inside counts.
        Finding finding = only(dispensedDaysAgo(5, 30, "Lost pills"));
        assertEquals(Outcome.WARN, finding.outcome());
        assertEquals(RuleCode.REFILL_TOO_SOON, finding.code());
    }

    @Test
    void aReasonOfNineCharactersDoesNot() {
        assertEquals(Outcome.BLOCK, only(dispensedDaysAgo(5, 30, "Lost vial")).outcome());
    }

    @Test
    void whitespaceAroundTheReasonDoesNotCount() {
        assertEquals(
                Outcome.BLOCK, only(dispensedDaysAgo(5, 30, "   Lost vial   ")).outcome());
        assertEquals(
                Outcome.BLOCK,
                only(dispensedDaysAgo(5, 30, "\t\n Lost vial\u2003")).outcome());
        assertEquals(
                Outcome.BLOCK, only(dispensedDaysAgo(5, 30, "            ")).outcome());
    }

    @Test
    void withoutAStatedSupplyTheQuantityTakenAsDirectedDecides() {
        Facts order = Facts.order();
        order.daysSupply = null;
        order.quantity = Quantity.of("60", Unit.UNIT);
        order.timesPerDay = 2; // lasts 30 days
        assertEquals(Outcome.BLOCK, only(facts(order, 22, null, null)).outcome());
        assertEquals(Outcome.PASS, only(facts(order, 23, null, null)).outcome());
    }

    @Test
    void anUnrecordedDispensingCountsAsTooSoonUnlessAReasonIsGiven() {
        RefillFacts unknown = new RefillFacts(Facts.order().build(), 2, 1, null, 30, null);
        assertEquals(Outcome.BLOCK, only(unknown).outcome());
        RefillFacts explained = new RefillFacts(Facts.order().build(), 2, 1, null, 30, "Record lost in the move");
        assertEquals(Outcome.WARN, only(explained).outcome());
    }

    private static RefillFacts dispensedDaysAgo(int days, int daysSupply, String reason) {
        return facts(Facts.order(), days, daysSupply, reason);
    }

    private static RefillFacts facts(Facts order, int daysAgo, Integer daysSupply, String reason) {
        LocalDate dispensedOn = Facts.TODAY.minusDays(daysAgo);
        return new RefillFacts(order.build(), 2, 1, dispensedOn, daysSupply, reason);
    }

    private Finding only(RefillFacts facts) {
        List<Finding> findings = rule.check(facts);
        assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
        assertEquals(RuleCode.REFILL_TOO_SOON, findings.get(0).code());
        return findings.get(0);
    }
}
