package org.triturate.common.rule;

import java.util.List;

/** What the rules of a stage concluded, in rule order. */
public record Verdict(List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return findings.stream().noneMatch(Finding::blocks);
    }

    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    /** The passes and warnings, e.g. the {@code checks} an accepted order shows. */
    public List<Finding> passesAndWarnings() {
        return findings.stream().filter(finding -> !finding.blocks()).toList();
    }

    /** This verdict when nothing blocks; otherwise {@link RulesBroken} with every blocking finding. */
    public Verdict requirePassed() {
        if (!passed()) {
            throw new RulesBroken(blocking());
        }
        return this;
    }
}
