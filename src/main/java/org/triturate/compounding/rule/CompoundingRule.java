package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.problem.Violation;

/** One rule a compounding record must satisfy: its violations, none when it holds. */
public interface CompoundingRule {

    List<Violation> check(CompoundingFacts facts);
}
