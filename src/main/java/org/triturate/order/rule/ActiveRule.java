package org.triturate.order.rule;

import java.util.List;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.OrderedActive;

/**
 * A rule about a property of each requested active on its own (an excipient, a withdrawn or REMS-restricted
 * drug): one failure on {@code actives[i].ingredientId} for every active that offends it.
 */
abstract class ActiveRule implements Rule<OrderFacts> {

    private final RuleCode code;
    private final String passDetail;

    ActiveRule(RuleCode code, String passDetail) {
        this.code = code;
        this.passDetail = passDetail;
    }

    abstract boolean offends(IngredientFacts ingredient);

    abstract String message(IngredientFacts ingredient);

    @Override
    public final List<Finding> check(OrderFacts facts) {
        List<Finding> failures = facts.knownActives().stream()
                .filter(active -> offends(active.ingredient()))
                .map(active -> Finding.block(code, ingredientField(active), message(active.ingredient())))
                .toList();
        return Finding.passUnless(failures, code, passDetail);
    }

    static String ingredientField(OrderedActive active) {
        return active.field() + ".ingredientId";
    }
}
