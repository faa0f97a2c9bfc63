package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Rules;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.compounding.WorksheetCalculator;
import org.triturate.compounding.WorksheetCalculator.Component;
import org.triturate.compounding.WorksheetCalculator.Worksheet;
import org.triturate.compounding.rule.WorksheetRules;
import org.triturate.formulation.FormulationIngredient;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderInStatus;
import org.triturate.order.OrderStatus;

/**
 * The compounding worksheet of an approved order: what to weigh for its batch, from its formulation version; once
 * compounded, the one its compounding record was checked against.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorksheetQuery {

    /** From approval on, the worksheet is what the preparation was (or will be) made by. */
    private static final Rules<OrderStatus> HAS_WORKSHEET = Rules.of(new OrderInStatus(
            EnumSet.of(OrderStatus.APPROVED, OrderStatus.COMPOUNDED, OrderStatus.VERIFIED, OrderStatus.DISPENSED),
            "worked from"));

    private final WorksheetCalculator calculator;

    WorksheetQuery(TriturateConfig config) {
        this.calculator =
                new WorksheetCalculator(new Quantity(config.compounding().minimumWeighableMg(), Unit.MG));
    }

    /**
     * Once compounded, the worksheet stored with the compounding record, so that a later catalog correction (a salt
     * factor, a potency) never rewrites what was weighed; before that, and for records stored before worksheets
     * were kept, calculated from the catalog as it is now.
     */
    public Worksheet worksheet(long orderId) {
        CompoundingOrder order = CompoundingOrder.require(orderId);
        HAS_WORKSHEET.check(order.status).requirePassed();
        return storedWorksheet(order).orElseGet(() -> {
            MasterFormulation formulation = MasterFormulation.findById(order.formulationId);
            return calculate(order, formulation, components(formulation));
        });
    }

    private static Optional<Worksheet> storedWorksheet(CompoundingOrder order) {
        if (order.compoundingRecordId == null) {
            return Optional.empty();
        }
        CompoundingRecord record = CompoundingRecord.findById(order.compoundingRecordId);
        return Optional.ofNullable(record.worksheet);
    }

    /** The worksheet of the order's batch; refused (SALT_FACTOR_UNKNOWN) when an active cannot be weighed. */
    Worksheet calculate(CompoundingOrder order, MasterFormulation formulation, List<Component> components) {
        WorksheetRules.ALL.check(components).requirePassed();
        return calculator.calculate(order.quantity(), formulation.overagePercent, components);
    }

    /** The formulation's lines, actives first, with the salt factor and potency the catalog has for each. */
    static List<Component> components(MasterFormulation formulation) {
        List<Long> ids = formulation.ingredients.stream()
                .map(line -> line.ingredientId)
                .distinct()
                .toList();
        Map<Long, Ingredient> ingredients = Ingredient.byIds(ids);
        return formulation.ingredients.stream()
                .map(line -> component(line, ingredients.get(line.ingredientId)))
                .toList();
    }

    private static Component component(FormulationIngredient line, Ingredient ingredient) {
        return new Component(
                line.ingredientId,
                ingredient.name,
                line.role == IngredientRole.ACTIVE,
                line.qs,
                line.amountPerUnit(),
                ingredient.saltFactor,
                ingredient.potencyPercent);
    }
}
