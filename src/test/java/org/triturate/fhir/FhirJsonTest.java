package org.triturate.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;

/** Whatever a body holds, reading it as FHIR either succeeds or is a 400 INVALID_FIELD, never another failure. */
class FhirJsonTest {

    private static final FhirJson FHIR = new FhirJson();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "{",
                "[]",
                "42",
                "\"MedicationRequest\"",
                "null",
                "{}",
                "{\"resourceType\": \"Patient\"}",
                "{\"resourceType\": \"MedicationRequest\", \"status\": 5}",
                "{\"resourceType\": \"MedicationRequest\", \"status\": \"someday\"}",
                "{\"resourceType\": \"MedicationRequest\", \"authoredOn\": \"2026-02-30\"}",
                "{\"resourceType\": \"MedicationRequest\", \"colour\": \"blue\"}"
            })
    void anythingButAMedicationRequestIsInvalid(String body) {
        ApiException refused = assertThrows(ApiException.class, () -> FHIR.parse(MedicationRequest.class, body));
        assertEquals(ErrorCode.INVALID_FIELD, refused.violations().get(0).code());
        assertEquals(400, refused.status());
    }
}
