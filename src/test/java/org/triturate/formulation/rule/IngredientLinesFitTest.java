package org.triturate.formulation.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.formulation.BudSource;
import org.triturate.formulation.FormulationDraft;
import org.triturate.formulation.FormulationDraft.Active;
import org.triturate.formulation.FormulationDraft.Excipient;
import org.triturate.formulation.PreparationType;
import org.triturate.formulation.StorageCondition;
import org.triturate.formulation.rule.FormulationFacts.CatalogIngredient;

class IngredientLinesFitTest {

    private static final long SERTRALINE = 1;
    private static final long MCC = 27;
    private static final Map<Long, CatalogIngredient> CATALOG = Map.of(
            SERTRALINE, new CatalogIngredient("Sertraline hydrochloride", IngredientRole.ACTIVE),
            MCC, new CatalogIngredient("Microcrystalline cellulose", IngredientRole.EXCIPIENT));

    private final IngredientLinesFit rule = new IngredientLinesFit();

    private static FormulationFacts capsules(List<Active> actives, List<Excipient> excipients) {
        return new FormulationFacts(
                new FormulationDraft(
                        "Sertraline capsules",
                        DosageForm.CAPSULE,
                        actives,
                        excipients,
                        PreparationType.NONAQUEOUS_SOLID,
                        StorageCondition.ROOM_TEMPERATURE,
                        180,
                        BudSource.USP_DEFAULT,
                        null,
                        null,
                        null,
                        null,
                        List.of("Mix"),
                        null,
                        null),
                CATALOG);
    }

    @Test
    void anActiveInMilligramsPerCapsuleAndAQsBasePass() {
        assertEquals(
                List.of(),
                rule.check(capsules(
                        List.of(new Active(SERTRALINE, Quantity.of("37.5", Unit.MG))),
                        List.of(new Excipient(MCC, "diluent", true, null)))));
    }

    @Test
    void eachLineIsReportedInOrderWithItsField() {
        List<Finding> findings = rule.check(capsules(
                List.of(
                        new Active(MCC, Quantity.of("15", Unit.MG_PER_ML)),
                        new Active(999_999, Quantity.of("1", Unit.MG))),
                List.of(new Excipient(888_888, "diluent", false, Quantity.of("5", Unit.MG)))));
        assertEquals(
                List.of(
                        RuleCode.NOT_AN_ACTIVE,
                        RuleCode.INVALID_STRENGTH_UNIT,
                        RuleCode.INGREDIENT_NOT_FOUND,
                        RuleCode.INGREDIENT_NOT_FOUND),
                findings.stream().map(Finding::code).toList());
        assertEquals(
                List.of(
                        "actives[0].ingredientId",
                        "actives[0].amountPerUnit.unit",
                        "actives[1].ingredientId",
                        "excipients[0].ingredientId"),
                findings.stream().map(Finding::field).toList());
        assertEquals(
                List.of(Outcome.BLOCK),
                findings.stream().map(Finding::outcome).distinct().toList());
    }
}
