package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.common.rule.Verdict;
import org.triturate.order.rule.OrderFacts.License;
import org.triturate.order.rule.OrderFacts.PrescriberFacts;
import org.triturate.prescriber.LicenseStatus;

class RefillRulesTest {

    @Test
    void aRefillInTimeWithRefillsLeftOnAValidPrescriptionPasses() {
        Verdict verdict = RefillRules.check(refill(Facts.order(), 1, 25));
        assertTrue(verdict.passed(), () -> verdict.blocking().toString());
        assertTrue(codes(verdict.findings())
                .containsAll(Set.of(
                        RuleCode.NO_REFILLS_REMAINING, RuleCode.REFILL_TOO_SOON, RuleCode.PRESCRIPTION_EXPIRED)));
    }

    @Test
    void everyFailureIsReportedTogetherWithTheIntakeRulesOfToday() {
        Facts order = Facts.order();
        order.expiresOn = Facts.TODAY.minusDays(1);
        order.prescriber = new PrescriberFacts(
                order.prescriber.status(),
                List.of(new License("OR", LicenseStatus.ACTIVE, Facts.TODAY.minusDays(1))),
                order.prescriber.deaRegistrations());
        Verdict verdict = RefillRules.check(refill(order, 0, 3));
        assertEquals(
                Set.of(
                        RuleCode.PRESCRIPTION_EXPIRED,
                        RuleCode.PRESCRIBER_NOT_LICENSED,
                        RuleCode.NO_REFILLS_REMAINING,
                        RuleCode.REFILL_TOO_SOON),
                codes(verdict.blocking()));
    }

    @Test
    void aScheduleThreeRefillAfterSixMonthsIsExpired() {
        Facts ketamine = Facts.order().actives(Facts.active(0, Facts.ketamine(), Facts.mg("50")));
        ketamine.writtenOn = Facts.TODAY.minusMonths(6).minusDays(1);
        ketamine.expiresOn = ketamine.writtenOn.plusMonths(6);
        ketamine.refills = 5;
        assertEquals(
                Set.of(RuleCode.PRESCRIPTION_EXPIRED),
                codes(RefillRules.check(refill(ketamine, 5, 40)).blocking()));
    }

    private static RefillFacts refill(Facts order, int refillsRemaining, int daysSinceDispensed) {
        return new RefillFacts(order.build(), refillsRemaining, 1, Facts.TODAY.minusDays(daysSinceDispensed), 30, null);
    }

    private static Set<RuleCode> codes(List<Finding> findings) {
        return Set.copyOf(findings.stream().map(Finding::code).toList());
    }
}
