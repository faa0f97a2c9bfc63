package org.triturate.regimen.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StepFieldsTest {

    @Test
    void whatAStepOrderTakesFromItsStepPointsIntoTheStepsArray() {
        assertEquals("steps[2].strength", StepFields.of("actives[0].strength", 3));
        assertEquals("steps[2]", StepFields.of("actives[0]", 3));
        assertEquals("steps[0].dose.amount", StepFields.of("dose.amount", 1));
        assertEquals("steps[0].dose.amount", StepFields.of("quantity", 1));
        assertEquals("steps[1].days", StepFields.of("daysSupply", 2));
    }

    @Test
    void whatItTakesFromTheRegimenKeepsItsName() {
        assertEquals("ingredientId", StepFields.of("actives[0].ingredientId", 2));
        assertEquals("ingredientId", StepFields.of("actives", 2));
        assertEquals("informedConsent.obtained", StepFields.of("informedConsent.obtained", 2));
        assertEquals("patientId", StepFields.of("patientId", 1));
        assertNull(StepFields.of(null, 1));
    }
}
