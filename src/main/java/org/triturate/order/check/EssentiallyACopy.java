package org.triturate.order.check;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.RationaleCategory;
import org.triturate.order.check.OrderFacts.OrderedActive;
import org.triturate.order.check.OrderFacts.ProductFacts;

/**
 * ESSENTIALLY_A_COPY: section 503A forbids compounding regularly or in inordinate amounts what is essentially a
 * copy of a commercially available drug. A single-active order is a copy of a MARKETED product of the same route
 * when its strength, divided by k = 1…{@value #MAX_UNITS_PER_DOSE}, is within the copy tolerance of the
 * product's strength (so 100 mg is two 50 mg tablets), the product contains none of the effective exclusions,
 * and the product is in the same dosage form or the rationale does not claim another form is needed.
 * Discontinued products and products in shortage are not commercially available and do not count.
 */
public final class EssentiallyACopy implements OrderRule {

    static final int MAX_UNITS_PER_DOSE = 4;

    @Override
    public List<Finding> evaluate(OrderFacts facts) {
        if (facts.actives().size() != 1) {
            return List.of(Finding.pass(ErrorCode.ESSENTIALLY_A_COPY, "A combination of actives is not marketed"));
        }
        List<OrderedActive> known = facts.knownActives();
        if (known.isEmpty()) {
            return List.of();
        }
        OrderedActive active = known.get(0);
        for (ProductFacts product : facts.productsOf(active.ingredientId())) {
            if (isCommerciallyAvailableAlternative(product, facts)) {
                Optional<Integer> units = unitsMatching(active.strength(), product.strength(), facts.copyTolerance());
                if (units.isPresent()) {
                    return List.of(Finding.fail(ErrorCode.ESSENTIALLY_A_COPY, active.field() + ".strength",
                            message(active, product, units.get())));
                }
            }
        }
        return List.of(Finding.pass(ErrorCode.ESSENTIALLY_A_COPY, "No marketed product matches this preparation"));
    }

    private static boolean isCommerciallyAvailableAlternative(ProductFacts product, OrderFacts facts) {
        boolean formAccepted = product.dosageForm() == facts.dosageForm()
                || !facts.rationaleCategories().contains(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        return product.isMarketed()
                && product.dosageForm().route() == facts.dosageForm().route()
                && Collections.disjoint(product.allergenClasses(), facts.effectiveExclusions())
                && formAccepted;
    }

    /** The k in 1…4 with |ordered − k × product| ≤ k × tolerance × product, i.e. |ordered/k − product| ≤ tolerance × product. */
    static Optional<Integer> unitsMatching(Quantity ordered, Quantity product, BigDecimal tolerance) {
        if (!ordered.unit().convertsTo(product.unit())) {
            return Optional.empty();
        }
        BigDecimal orderedValue = ordered.to(product.unit()).value();
        for (int k = 1; k <= MAX_UNITS_PER_DOSE; k++) {
            BigDecimal multiple = product.value().multiply(BigDecimal.valueOf(k));
            if (orderedValue.subtract(multiple).abs().compareTo(multiple.multiply(tolerance)) <= 0) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static String message(OrderedActive active, ProductFacts product, int units) {
        String dose = units == 1 ? "" : ", taken as " + units + " units";
        return active.ingredient().name() + " " + active.strength() + " is essentially a copy of the marketed "
                + product.name() + " (" + product.dosageForm() + ", " + product.strength() + dose + ")";
    }
}
