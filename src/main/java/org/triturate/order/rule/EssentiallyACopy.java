package org.triturate.order.rule;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.RationaleCategory;
import org.triturate.order.rule.OrderFacts.OrderedActive;
import org.triturate.order.rule.OrderFacts.ProductFacts;

/**
 * ESSENTIALLY_A_COPY: section 503A forbids compounding regularly or in inordinate amounts what is essentially a
 * copy of a commercially available drug. A single-active order is a copy of a MARKETED product of the same route
 * when its strength, divided by k = 1…{@value #MAX_UNITS_PER_DOSE}, is within the copy tolerance of the
 * product's strength (so 100 mg is two 50 mg tablets), the product contains none of the effective exclusions,
 * and the product is in the same dosage form or the rationale does not claim another form is needed.
 * Discontinued products and products in shortage are not commercially available and do not count.
 */
public final class EssentiallyACopy implements Rule<OrderFacts> {

    static final int MAX_UNITS_PER_DOSE = 4;

    @Override
    public List<Finding> check(OrderFacts facts) {
        if (facts.actives().size() != 1) {
            return List.of(Finding.pass(RuleCode.ESSENTIALLY_A_COPY, "A combination of actives is not marketed"));
        }
        List<OrderedActive> known = facts.knownActives();
        if (known.isEmpty()) {
            return List.of();
        }
        OrderedActive active = known.get(0);
        List<ProductFacts> alternatives = facts.productsOf(active.ingredientId()).stream()
                .filter(product -> isCommerciallyAvailableAlternative(product, facts))
                .filter(product ->
                        product.strength().unit().convertsTo(active.strength().unit()))
                .toList();
        // the fewest units first, so that 50 mg is reported as a copy of the 50 mg tablet, not of two 25 mg ones
        for (int units = 1; units <= MAX_UNITS_PER_DOSE; units++) {
            for (ProductFacts product : alternatives) {
                if (matches(active.strength(), product.strength(), units, facts.copyTolerance())) {
                    return List.of(Finding.block(
                            RuleCode.ESSENTIALLY_A_COPY,
                            active.field() + ".strength",
                            message(active, product, units)));
                }
            }
        }
        return List.of(Finding.pass(RuleCode.ESSENTIALLY_A_COPY, "No marketed product matches this preparation"));
    }

    private static boolean isCommerciallyAvailableAlternative(ProductFacts product, OrderFacts facts) {
        boolean formAccepted = product.dosageForm() == facts.dosageForm()
                || !facts.rationaleCategories().contains(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        return product.isMarketed()
                && product.dosageForm().route() == facts.dosageForm().route()
                && Collections.disjoint(product.allergenClasses(), facts.effectiveExclusions())
                && formAccepted;
    }

    /** |ordered − k × product| ≤ k × tolerance × product, i.e. |ordered/k − product| ≤ tolerance × product. */
    static boolean matches(Quantity ordered, Quantity product, int units, BigDecimal tolerance) {
        BigDecimal multiple = product.value().multiply(BigDecimal.valueOf(units));
        BigDecimal difference =
                ordered.to(product.unit()).value().subtract(multiple).abs();
        return difference.compareTo(multiple.multiply(tolerance)) <= 0;
    }

    private static String message(OrderedActive active, ProductFacts product, int units) {
        String dose = units == 1 ? "" : ", taken as " + units + " units";
        return active.ingredient().name() + " " + active.strength() + " is essentially a copy of the marketed "
                + product.name() + " (" + product.dosageForm() + ", " + product.strength() + dose + ")";
    }
}
