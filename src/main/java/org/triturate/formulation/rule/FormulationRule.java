package org.triturate.formulation.rule;

import java.util.Optional;
import org.triturate.common.problem.Violation;

/** One USP &lt;795&gt; rule a master formulation must satisfy (../shared/api.md §5): a violation, or none. */
public interface FormulationRule {

    Optional<Violation> check(FormulationDraft draft);
}
