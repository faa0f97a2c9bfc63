package org.triturate.order.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.order.check.OrderFacts.PatientFacts;

class AllergyExclusionsAddedTest {

    private final AllergyExclusionsAdded rule = new AllergyExclusionsAdded();

    @Test
    void saysNothingWhenThePatientHasNoAllergenClass() {
        assertEquals(List.of(), rule.evaluate(Facts.order().build()));
    }

    @Test
    void saysNothingWhenTheOrderAlreadyExcludesThePatientsClasses() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.DYE), Set.of());
        assertEquals(List.of(), rule.evaluate(facts.build()));
    }

    @Test
    void warnsAboutEachClassItAdds() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.DYE, AllergenClass.LACTOSE), Set.of());
        List<Finding> findings = rule.evaluate(facts.build());
        assertEquals(1, findings.size());
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertEquals("EXCLUSION_ADDED_FOR_ALLERGY", findings.get(0).code());
        assertTrue(findings.get(0).detail().contains("LACTOSE"), findings.get(0).detail());
        assertTrue(!findings.get(0).detail().contains("DYE"), findings.get(0).detail());
        assertEquals(EnumSet.of(AllergenClass.DYE, AllergenClass.LACTOSE), facts.build().effectiveExclusions());
    }
}
