package org.triturate.order.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;
import org.triturate.common.rule.RuleCode;
import org.triturate.order.rule.OrderFacts.PatientFacts;

class AllergyExclusionsAddedTest {

    private final AllergyExclusionsAdded rule = new AllergyExclusionsAdded();

    @Test
    void saysNothingWhenThePatientHasNoAllergenClass() {
        assertEquals(List.of(), rule.check(Facts.order().build()));
    }

    @Test
    void saysNothingWhenTheOrderAlreadyExcludesThePatientsClasses() {
        Facts facts = Facts.order();
        facts.patient = new PatientFacts("OR", true, EnumSet.of(AllergenClass.DYE), Set.of(), Set.of());
        assertEquals(List.of(), rule.check(facts.build()));
    }

    @Test
    void warnsAboutEachClassItAdds() {
        Facts facts = Facts.order();
        facts.patient =
                new PatientFacts("OR", true, EnumSet.of(AllergenClass.DYE, AllergenClass.LACTOSE), Set.of(), Set.of());
        List<Finding> findings = rule.check(facts.build());
        assertEquals(1, findings.size());
        assertEquals(Outcome.WARN, findings.get(0).outcome());
        assertEquals(RuleCode.EXCLUSION_ADDED_FOR_ALLERGY, findings.get(0).code());
        assertTrue(findings.get(0).detail().contains("LACTOSE"), findings.get(0).detail());
        assertTrue(!findings.get(0).detail().contains("DYE"), findings.get(0).detail());
        assertEquals(
                EnumSet.of(AllergenClass.DYE, AllergenClass.LACTOSE),
                facts.build().effectiveExclusions());
    }
}
