package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.triturate.common.problem.ErrorCode;

/** What the rule tests ask of a rule's findings. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    /** The rule passes these facts with a single PASS of its own code. */
    static void passes(OrderRule rule, ErrorCode code, Facts facts) {
        List<Finding> findings = rule.evaluate(facts.build());
        assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
        assertEquals(Outcome.PASS, findings.get(0).outcome(), () -> findings.get(0).detail());
        assertEquals(code.name(), findings.get(0).code());
    }

    /** The fields of the rule's failures, each asserted to carry the rule's code and a message. */
    static List<String> failedFields(OrderRule rule, ErrorCode code, Facts facts) {
        List<Finding> failures = rule.evaluate(facts.build()).stream().filter(Finding::failed).toList();
        failures.forEach(failure -> {
            assertEquals(code.name(), failure.code());
            assertFalse(failure.detail().isBlank());
        });
        return failures.stream().map(Finding::field).toList();
    }

    /** The single failure of the rule on these facts. */
    static Finding onlyFailure(OrderRule rule, ErrorCode code, Facts facts) {
        List<Finding> findings = rule.evaluate(facts.build());
        assertEquals(1, findings.size(), () -> "one finding expected: " + findings);
        assertTrue(findings.get(0).failed(), () -> "a failure expected: " + findings.get(0));
        assertEquals(code.name(), findings.get(0).code());
        return findings.get(0);
    }

    /** The rule does not judge these facts: another rule reports what is missing. */
    static void staysSilent(OrderRule rule, Facts facts) {
        assertEquals(List.of(), rule.evaluate(facts.build()));
    }
}
