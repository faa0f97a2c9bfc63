package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.FormulationFacts.FormulatedIngredient;
import org.triturate.order.rule.OrderFacts.PatientFacts;

class NoRestrictedExcipientTest {

    private final NoRestrictedExcipient rule = new NoRestrictedExcipient();
    private static final FormulatedIngredient LACTOSE =
            new FormulatedIngredient(12, "Lactose monohydrate", EnumSet.of(AllergenClass.LACTOSE));
    private static final FormulatedIngredient YELLOW_DYE =
            new FormulatedIngredient(16, "FD&C Yellow No. 6", EnumSet.of(AllergenClass.DYE));

    @Test
    void aFormulationWithoutExcludedIngredientsPasses() {
        List<Finding> findings = rule.check(Facts.order().build(), Facts.matchingFormulation());
        assertEquals(
                List.of(Outcome.PASS), findings.stream().map(Finding::outcome).toList());
    }

    @Test
    void anExcipientOfAnExcludedClassFails() {
        // the default order excludes DYE
        List<Finding> findings = rule.check(Facts.order().build(), with(YELLOW_DYE, LACTOSE));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).blocks());
        assertEquals(RuleCode.RESTRICTED_EXCIPIENT, findings.get(0).code());
        assertTrue(findings.get(0).detail().contains("Yellow"), findings.get(0).detail());
    }

    @Test
    void thePatientsAllergenClassesAreExcludedToo() {
        Facts order = Facts.order();
        order.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.LACTOSE), Set.of(), Set.of());
        assertEquals(
                1,
                rule.check(order.build(), with(LACTOSE)).stream()
                        .filter(Finding::blocks)
                        .count());
    }

    @Test
    void anIngredientThePatientIsAllergicToFails() {
        Facts order = Facts.order();
        order.patient = new PatientFacts("OR", true, Set.of(), Set.of(27L), Set.of());
        List<Finding> findings = rule.check(order.build(), Facts.matchingFormulation());
        assertEquals(1, findings.size());
        assertTrue(
                findings.get(0).detail().contains("Microcrystalline cellulose"),
                findings.get(0).detail());
    }

    private static FormulationFacts with(FormulatedIngredient... excipients) {
        FormulationFacts base = Facts.matchingFormulation();
        List<FormulatedIngredient> ingredients = new ArrayList<>(base.ingredients());
        ingredients.addAll(List.of(excipients));
        return new FormulationFacts(
                base.id(), base.name(), false, base.dosageForm(), base.budDays(), base.actives(), ingredients);
    }
}
