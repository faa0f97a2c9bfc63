package org.triturate.order.rule;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * and release type when its strength, divided by k = 1…{@value #MAX_UNITS_PER_DOSE}, is within the copy tolerance
 * of the product's strength (so 100 mg is two 50 mg tablets), the product contains none of the effective
 * exclusions, and the product is in the same dosage form or the rationale does not claim another form is needed.
 * Discontinued products and products in shortage are not commercially available and do not count. Nor, when the
 * order has effective exclusions, does a product whose excipients are unknown: nobody can show that it meets them.
 * The pass turns into a warning when such a product would otherwise have made the order a copy, so that the
 * pharmacist can look at its label.
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
        List<ProductFacts> available = facts.sameReleaseProductsOf(active.ingredientId()).stream()
                .filter(product -> isCommerciallyAvailableAlternative(product, facts))
                .filter(product ->
                        product.strength().unit().convertsTo(active.strength().unit()))
                .filter(product -> Collections.disjoint(product.allergenClasses(), facts.effectiveExclusions()))
                .toList();
        // nobody can show that a product whose excipients are unknown meets the order's exclusions
        boolean excluding = !facts.effectiveExclusions().isEmpty();
        Predicate<ProductFacts> unverifiable = product -> excluding && product.allergensUnknown();
        List<ProductFacts> unverifiableButMatching = available.stream()
                .filter(unverifiable)
                .filter(product -> matchesSomeUnits(active.strength(), product.strength(), facts.copyTolerance()))
                .toList();
        String notCompared = unverifiableButMatching.isEmpty()
                ? ""
                : "; not compared, because their excipients are unknown and the order excludes "
                        + facts.effectiveExclusions() + ": "
                        + unverifiableButMatching.stream()
                                .map(EssentiallyACopy::describe)
                                .collect(Collectors.joining(", "));
        List<ProductFacts> alternatives =
                available.stream().filter(unverifiable.negate()).toList();
        // the fewest units first, so that 50 mg is reported as a copy of the 50 mg tablet, not of two 25 mg ones
        for (int units = 1; units <= MAX_UNITS_PER_DOSE; units++) {
            for (ProductFacts product : alternatives) {
                if (matches(active.strength(), product.strength(), units, facts.copyTolerance())) {
                    return List.of(Finding.block(
                            RuleCode.ESSENTIALLY_A_COPY,
                            active.field() + ".strength",
                            message(active, product, units) + notCompared));
                }
            }
        }
        if (!unverifiableButMatching.isEmpty()) {
            return List.of(Finding.warn(
                    RuleCode.ESSENTIALLY_A_COPY,
                    "No marketed product whose excipients are known matches this preparation" + notCompared));
        }
        return List.of(Finding.pass(RuleCode.ESSENTIALLY_A_COPY, "No marketed product matches this preparation"));
    }

    private static boolean isCommerciallyAvailableAlternative(ProductFacts product, OrderFacts facts) {
        boolean formAccepted = product.dosageForm() == facts.dosageForm()
                || !facts.rationaleCategories().contains(RationaleCategory.ALTERNATIVE_DOSAGE_FORM);
        return product.isMarketed()
                && product.dosageForm().route() == facts.dosageForm().route()
                && formAccepted;
    }

    /** Whether 1 to {@value #MAX_UNITS_PER_DOSE} units of the product make the ordered strength. */
    private static boolean matchesSomeUnits(Quantity ordered, Quantity product, BigDecimal tolerance) {
        return IntStream.rangeClosed(1, MAX_UNITS_PER_DOSE)
                .anyMatch(units -> matches(ordered, product, units, tolerance));
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

    private static String describe(ProductFacts product) {
        return product.name() + " (" + product.dosageForm() + ", " + product.strength() + ")";
    }
}
