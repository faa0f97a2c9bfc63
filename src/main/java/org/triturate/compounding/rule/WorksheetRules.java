package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Rules;
import org.triturate.compounding.WorksheetCalculator.Component;

/** Every rule a formulation's components must meet before the worksheet can say what to weigh. */
public final class WorksheetRules {

    public static final Rules<List<Component>> ALL = Rules.of(new SaltFactorsKnown());

    private WorksheetRules() {}
}
