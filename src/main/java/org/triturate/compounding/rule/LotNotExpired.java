package org.triturate.compounding.rule;

import java.util.List;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;

/** LOT_EXPIRED: no component lot may expire before the day of compounding (it is usable through its expiry date). */
public final class LotNotExpired implements CompoundingRule {

    @Override
    public List<Violation> check(CompoundingFacts facts) {
        return facts.components().stream()
                .filter(component -> component.expiresOn().isBefore(facts.compoundedOn()))
                .map(component -> Violation.ofField(ErrorCode.LOT_EXPIRED, component.field() + ".expiresOn",
                        "Lot " + component.lotNumber() + " expired on " + component.expiresOn()
                                + ", before compounding on " + facts.compoundedOn()))
                .toList();
    }
}
