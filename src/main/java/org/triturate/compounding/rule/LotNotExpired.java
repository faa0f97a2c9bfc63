package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;

/** LOT_EXPIRED: no component lot may expire before the day of compounding (it is usable through its expiry date). */
public final class LotNotExpired implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        return facts.components().stream()
                .filter(component -> component.expiresOn().isBefore(facts.compoundedOn()))
                .map(component -> Finding.block(
                        RuleCode.LOT_EXPIRED,
                        component.field() + ".expiresOn",
                        "Lot " + component.lotNumber() + " expired on " + component.expiresOn()
                                + ", before compounding on " + facts.compoundedOn()))
                .toList();
    }
}
