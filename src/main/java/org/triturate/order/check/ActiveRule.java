package org.triturate.order.check;

import java.util.List;
import org.triturate.common.problem.ErrorCode;
import org.triturate.order.check.OrderFacts.IngredientFacts;
import org.triturate.order.check.OrderFacts.OrderedActive;

/**
 * A rule about a property of each requested active on its own (an excipient, a withdrawn or REMS-restricted
 * drug): one failure on {@code actives[i].ingredientId} for every active that offends it.
 */
abstract class ActiveRule implements OrderRule {

    private final ErrorCode code;
    private final String passDetail;

    ActiveRule(ErrorCode code, String passDetail) {
        this.code = code;
        this.passDetail = passDetail;
    }

    abstract boolean offends(IngredientFacts ingredient);

    abstract String message(IngredientFacts ingredient);

    @Override
    public final List<Finding> evaluate(OrderFacts facts) {
        List<Finding> failures = facts.knownActives().stream()
                .filter(active -> offends(active.ingredient()))
                .map(active -> Finding.fail(code, ingredientField(active), message(active.ingredient())))
                .toList();
        return Finding.passUnless(failures, code, passDetail);
    }

    static String ingredientField(OrderedActive active) {
        return active.field() + ".ingredientId";
    }
}
