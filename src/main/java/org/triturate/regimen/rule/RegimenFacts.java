package org.triturate.regimen.rule;

import java.time.LocalDate;
import java.util.List;
import org.triturate.regimen.PlannedStep;
import org.triturate.regimen.RegimenKind;

/**
 * What the regimen rules judge: the kind and the schedule. Each step is an order and the order rules judge it; these
 * rules judge the schedule as a whole.
 *
 * @param expiresOn the last day the prescription may be filled (counted from its writtenOn)
 */
public record RegimenFacts(RegimenKind kind, List<PlannedStep> steps, LocalDate expiresOn) {

    public RegimenFacts {
        steps = List.copyOf(steps);
    }
}
