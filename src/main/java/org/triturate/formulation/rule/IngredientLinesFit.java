package org.triturate.formulation.rule;

import java.util.ArrayList;
import java.util.List;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Rule;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.FormulationDraft.Active;
import org.triturate.formulation.FormulationDraft.Excipient;
import org.triturate.formulation.rule.FormulationFacts.CatalogIngredient;

/**
 * INGREDIENT_NOT_FOUND, NOT_AN_ACTIVE, INVALID_STRENGTH_UNIT: every line names a catalog ingredient, an active line
 * an active, and its amount per unit fits the dosage form (mg per capsule, mg/mL, mg/g). One rule because a refusal
 * reports line by line: the actives in order, then the excipients.
 */
public final class IngredientLinesFit implements Rule<FormulationFacts> {

    @Override
    public List<Finding> check(FormulationFacts facts) {
        DosageForm form = facts.draft().dosageForm();
        List<Finding> findings = new ArrayList<>();
        List<Active> actives = facts.draft().actives();
        for (int i = 0; i < actives.size(); i++) {
            String field = "actives[" + i + "]";
            CatalogIngredient ingredient = facts.catalog().get(actives.get(i).ingredientId());
            if (ingredient == null) {
                findings.add(notFound(field));
            } else if (ingredient.role() != IngredientRole.ACTIVE) {
                findings.add(Finding.block(
                        RuleCode.NOT_AN_ACTIVE, field + ".ingredientId", ingredient.name() + " is an excipient"));
            }
            findings.addAll(unitMismatch(form, actives.get(i).amountPerUnit(), field));
        }
        List<Excipient> excipients = facts.draft().excipients();
        for (int i = 0; i < excipients.size(); i++) {
            String field = "excipients[" + i + "]";
            if (!facts.catalog().containsKey(excipients.get(i).ingredientId())) {
                findings.add(notFound(field));
            }
            findings.addAll(unitMismatch(form, excipients.get(i).amountPerUnit(), field));
        }
        return findings;
    }

    private static Finding notFound(String line) {
        return Finding.block(RuleCode.INGREDIENT_NOT_FOUND, line + ".ingredientId", "No ingredient with this id");
    }

    /** A qs excipient has no amount, so nothing to mismatch. */
    private static List<Finding> unitMismatch(DosageForm form, Quantity amountPerUnit, String line) {
        if (amountPerUnit == null || form.fitsStrength(amountPerUnit.unit())) {
            return List.of();
        }
        return List.of(Finding.block(
                RuleCode.INVALID_STRENGTH_UNIT,
                line + ".amountPerUnit.unit",
                "An amount in " + amountPerUnit.unit() + " does not fit " + form));
    }
}
