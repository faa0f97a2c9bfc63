package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** What the rule tests ask of a rule's findings. */
final class RuleAssertions {

    private RuleAssertions() {}

    /** The rule passes these facts with a single PASS of its own code. */
    static void passes(Rule<OrderFacts> rule, RuleCode code, Facts facts) {
        List<Finding> findings = rule.check(facts.build());
        assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
        assertEquals(
                Outcome.PASS, findings.get(0).outcome(), () -> findings.get(0).detail());
        assertEquals(code, findings.get(0).code());
    }

    /** The fields of the rule's failures, each asserted to carry the rule's code and a message. */
    static List<String> failedFields(Rule<OrderFacts> rule, RuleCode code, Facts facts) {
        List<Finding> failures =
                rule.check(facts.build()).stream().filter(Finding::blocks).toList();
        failures.forEach(failure -> {
            assertEquals(code, failure.code());
            assertFalse(failure.detail().isBlank());
        });
        return failures.stream().map(Finding::field).toList();
    }

    /** The single failure of the rule on these facts. */
    static Finding onlyFailure(Rule<OrderFacts> rule, RuleCode code, Facts facts) {
        List<Finding> findings = rule.check(facts.build());
        assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
        assertTrue(findings.get(0).blocks(), () -> "a failure expected: " + findings.get(0));
        assertEquals(code, findings.get(0).code());
        return findings.get(0);
    }

    /** The rule does not judge these facts: another rule reports what is missing. */
    static void staysSilent(Rule<OrderFacts> rule, Facts facts) {
        assertEquals(List.of(), rule.check(facts.build()));
    }
}
