package org.triturate.common.rule;

import java.util.List;

/**
 * A use case refused because one or more rules blocked it. It carries every blocking finding; the REST boundary
 * turns it into one problem response.
 */
public class RulesBroken extends RuntimeException {

    private final transient List<Finding> findings;

    public RulesBroken(List<Finding> findings) {
        super(
                findings.stream()
                        .map(finding -> finding.code().name())
                        .distinct()
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""),
                null,
                false,
                false);
        if (findings.isEmpty() || !findings.stream().allMatch(Finding::blocks)) {
            throw new IllegalArgumentException("RulesBroken needs at least one finding, all of them blocking");
        }
        this.findings = List.copyOf(findings);
    }

    public RulesBroken(Finding finding) {
        this(List.of(finding));
    }

    public List<Finding> findings() {
        return findings;
    }
}
