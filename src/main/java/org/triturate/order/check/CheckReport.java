package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.Violation;

/** What all rules concluded about one order. */
public record CheckReport(List<Finding> findings) {

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.stream().noneMatch(Finding::failed);
    }

    /** Every failure, as problem violations, in rule order. */
    public List<Violation> violations() {
        return findings.stream().filter(Finding::failed).map(Finding::toViolation).toList();
    }

    /** The passes and warnings that an accepted order shows as its {@code checks}. */
    public List<Finding> passesAndWarnings() {
        return findings.stream().filter(finding -> !finding.failed()).toList();
    }
}
