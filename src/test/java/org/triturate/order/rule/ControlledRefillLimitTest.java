package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triturate.order.rule.Facts.mg;
import static org.triturate.order.rule.RuleAssertions.onlyFailure;
import static org.triturate.order.rule.RuleAssertions.passes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;

class ControlledRefillLimitTest {

    private final ControlledRefillLimit rule = new ControlledRefillLimit();

    @Test
    void anUnscheduledActiveHasNoFederalLimit() {
        Facts facts = Facts.order();
        facts.refills = 11;
        passes(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, facts);
    }

    @Test
    void schedule3AllowsFiveRefillsButNotSix() {
        passes(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(Facts.ketamine(), 5));
        assertEquals(
                "refills",
                onlyFailure(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(Facts.ketamine(), 6))
                        .field());
    }

    @Test
    void schedule4AllowsFiveRefillsButNotSix() {
        passes(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(scheduled(DeaSchedule.IV), 5));
        onlyFailure(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(scheduled(DeaSchedule.IV), 6));
    }

    @Test
    void schedule2AllowsNoRefill() {
        passes(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(scheduled(DeaSchedule.II), 0));
        onlyFailure(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(scheduled(DeaSchedule.II), 1));
    }

    @Test
    void schedule5HasNoFederalLimit() {
        passes(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, withRefills(scheduled(DeaSchedule.V), 11));
    }

    @Test
    void theStrictestScheduleOfACombinationDecides() {
        Facts facts = Facts.order()
                .actives(
                        Facts.active(0, scheduled(DeaSchedule.V), mg("10")),
                        Facts.active(1, scheduled(DeaSchedule.II), mg("5")));
        facts.refills = 1;
        onlyFailure(rule, RuleCode.CONTROLLED_REFILLS_EXCEEDED, facts);
    }

    private static Facts withRefills(IngredientFacts ingredient, int refills) {
        Facts facts = Facts.order().actives(Facts.active(0, ingredient, mg("10")));
        facts.refills = refills;
        return facts;
    }

    private static IngredientFacts scheduled(DeaSchedule schedule) {
        return new IngredientFacts(
                50 + schedule.ordinal(),
                "Schedule " + schedule.code() + " drug",
                IngredientRole.ACTIVE,
                null,
                Set.of(),
                schedule,
                null,
                null,
                false,
                false,
                null);
    }
}
