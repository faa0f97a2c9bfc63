package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.problem.Violation;

/** Every rule of a compounding record; all run, and all violations are reported together. */
public final class CompoundingRules {

    private final List<CompoundingRule> rules = List.of(
            new NotCompoundedInFuture(),
            new LotNotExpired(),
            new SupplierApproved(),
            new NoComponentMissing(),
            new QuantityWithinTolerance());

    public List<Violation> check(CompoundingFacts facts) {
        return rules.stream().flatMap(rule -> rule.check(facts).stream()).toList();
    }
}
