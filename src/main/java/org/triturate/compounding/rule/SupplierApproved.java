package org.triturate.compounding.rule;

import java.util.List;
import java.util.Optional;
import org.triturate.catalog.SupplierStatus;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.compounding.rule.CompoundingFacts.UsedComponent;

/**
 * SUPPLIER_NOT_APPROVED: every component comes from a registered, APPROVED supplier, and every active from one
 * that is FDA-registered (503A: bulk drug substances from registered establishments).
 */
public final class SupplierApproved implements Rule<CompoundingFacts> {

    @Override
    public List<Finding> check(CompoundingFacts facts) {
        return facts.components().stream()
                .map(component -> problem(component, facts.isActive(component.ingredientId())))
                .flatMap(Optional::stream)
                .map(message -> Finding.block(RuleCode.SUPPLIER_NOT_APPROVED, message.field(), message.text()))
                .toList();
    }

    private record Message(String field, String text) {}

    private static Optional<Message> problem(UsedComponent component, boolean active) {
        String field = component.field() + ".supplierId";
        if (component.supplier() == null) {
            return Optional.of(new Message(field, "No such supplier is registered"));
        }
        if (component.supplier().status() != SupplierStatus.APPROVED) {
            return Optional.of(new Message(
                    field,
                    component.supplier().name() + " is " + component.supplier().status()));
        }
        if (active && !component.supplier().fdaRegistered()) {
            return Optional.of(new Message(
                    field, component.supplier().name() + " is not FDA-registered and may not supply an active"));
        }
        return Optional.empty();
    }
}
