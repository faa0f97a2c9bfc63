package org.triturate.order.rule;

import java.util.ArrayList;
import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.FormulationFacts.FormulatedActive;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * FORMULATION_MISMATCH: the formulation makes exactly what was ordered: the same dosage form and the same actives,
 * each at the ordered strength (in any unit of the same dimension).
 */
public final class FormulationMatchesOrder extends FormulationRule {

    @Override
    List<Finding> check(OrderFacts order, FormulationFacts formulation) {
        List<String> differences = new ArrayList<>();
        if (formulation.dosageForm() != order.dosageForm()) {
            differences.add("it is a " + formulation.dosageForm() + ", the order a " + order.dosageForm());
        }
        for (OrderedActive ordered : order.actives()) {
            List<FormulatedActive> same = formulation.actives().stream()
                    .filter(active -> ordered.ingredientId() != null && active.ingredientId() == ordered.ingredientId())
                    .toList();
            if (same.isEmpty()) {
                differences.add("it lacks ingredient " + ordered.ingredientId());
            } else if (same.stream().noneMatch(active -> sameAmount(active.amountPerUnit(), ordered.strength()))) {
                differences.add("ingredient " + ordered.ingredientId() + " is "
                        + same.get(0).amountPerUnit() + ", ordered " + ordered.strength());
            }
        }
        formulation.actives().stream()
                .filter(active -> order.actives().stream()
                        .noneMatch(ordered ->
                                ordered.ingredientId() != null && ordered.ingredientId() == active.ingredientId()))
                .forEach(extra -> differences.add("it adds ingredient " + extra.ingredientId() + " as an active"));
        if (differences.isEmpty()) {
            return List.of(Finding.pass(RuleCode.FORMULATION_MISMATCH, formulation.name() + " matches the order"));
        }
        return List.of(Finding.block(
                RuleCode.FORMULATION_MISMATCH,
                "formulationId",
                formulation.name() + " does not make this order: " + String.join("; ", differences)));
    }

    private static boolean sameAmount(Quantity formulated, Quantity ordered) {
        return formulated.unit().convertsTo(ordered.unit()) && formulated.compareTo(ordered) == 0;
    }
}
