package org.triturate.order.rule;

import java.util.ArrayList;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * INVALID_STRENGTH_UNIT: strengths are per unit (mg, ug, g) in unit forms, per mL in liquids and per g in
 * semisolids; quantity and dose are counted in units, measured in mL or weighed in g accordingly (in any unit of
 * that dimension).
 */
public final class UnitsFitDosageForm implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        DosageForm form = facts.dosageForm();
        List<Finding> failures = new ArrayList<>();
        for (OrderedActive active : facts.actives()) {
            if (!form.fitsStrength(active.strength().unit())) {
                failures.add(fail(active.field() + ".strength.unit", "A strength", active.strength(), form));
            }
        }
        if (!facts.quantity().unit().convertsTo(form.amountUnit())) {
            failures.add(fail("quantity.unit", "A quantity", facts.quantity(), form));
        }
        if (!facts.doseAmount().unit().convertsTo(form.amountUnit())) {
            failures.add(fail("dose.amount.unit", "A dose", facts.doseAmount(), form));
        }
        return Finding.passUnless(failures, RuleCode.INVALID_STRENGTH_UNIT, "Units fit " + form);
    }

    private static Finding fail(String field, String what, Quantity given, DosageForm form) {
        return Finding.block(
                RuleCode.INVALID_STRENGTH_UNIT,
                field,
                what + " in " + given.unit() + " does not fit " + form + " (amounts in " + form.amountUnit() + ")");
    }
}
