package org.triturate.order.rule;

import java.util.List;
import java.util.function.Predicate;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.RationaleCategory;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * RATIONALE_INCONSISTENT: a claimed category must not be contradicted by the order itself. A custom strength
 * that is marketed in that form, an "alternative" form in which every active is marketed (in both cases by
 * products of the order's release type), an excipient intolerance without any excluded allergen, or a simplified
 * regimen of a single active: each is refused.
 */
public final class RationaleConsistent implements Rule<OrderFacts> {

    @Override
    public List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.rationaleCategories().stream()
                .filter(category -> contradicted(category, facts))
                .map(category -> Finding.block(
                        RuleCode.RATIONALE_INCONSISTENT,
                        "clinicalRationale.categories",
                        category + " " + contradiction(category)))
                .toList();
        return Finding.passUnless(failures, RuleCode.RATIONALE_INCONSISTENT, "Rationale fits the order");
    }

    private static boolean contradicted(RationaleCategory category, OrderFacts facts) {
        return switch (category) {
            case CUSTOM_STRENGTH ->
                everyKnownActive(
                        facts,
                        active -> facts.sameReleaseProductsOf(active.ingredientId()).stream()
                                .anyMatch(product -> product.isMarketed()
                                        && product.dosageForm() == facts.dosageForm()
                                        && product.strength()
                                                .unit()
                                                .convertsTo(active.strength().unit())
                                        && product.strength().compareTo(active.strength()) == 0));
            case ALTERNATIVE_DOSAGE_FORM ->
                everyKnownActive(
                        facts,
                        active -> facts.sameReleaseProductsOf(active.ingredientId()).stream()
                                .anyMatch(
                                        product -> product.isMarketed() && product.dosageForm() == facts.dosageForm()));
            case EXCIPIENT_INTOLERANCE -> facts.effectiveExclusions().isEmpty();
            case REGIMEN_SIMPLIFICATION -> facts.actives().size() < 2;
        };
    }

    /** True when there are known actives and every one matches; unknown ones are another rule's failure. */
    private static boolean everyKnownActive(OrderFacts facts, Predicate<OrderedActive> test) {
        List<OrderedActive> known = facts.knownActives();
        return !known.isEmpty() && known.stream().allMatch(test);
    }

    private static String contradiction(RationaleCategory category) {
        return switch (category) {
            case CUSTOM_STRENGTH ->
                "is contradicted: every ordered strength is marketed in this dosage form and release type";
            case ALTERNATIVE_DOSAGE_FORM ->
                "is contradicted: every active is marketed in this dosage form and release type";
            case EXCIPIENT_INTOLERANCE ->
                "is contradicted: the order excludes no allergen class and the patient " + "has none";
            case REGIMEN_SIMPLIFICATION -> "is contradicted: a simplified regimen combines at least two actives";
        };
    }
}
