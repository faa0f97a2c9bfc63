package org.triturate.pharmacy;

import static org.hamcrest.Matchers.equalTo;
import static org.triturate.testing.Api.as;
import static org.triturate.testing.Api.tokenFor;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PharmacyResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"PHARMACIST", "TECHNICIAN", "PRESCRIBER", "ADMIN"})
    void everyRoleReadsThePharmacyAsConfigured(String role) {
        as(tokenFor(role))
                .get("/api/v1/pharmacy")
                .then()
                .statusCode(200)
                .body("name", equalTo("Triturate Demo Pharmacy"))
                .body("address", equalTo("100 Example Street, Salem, OR 97301"))
                .body("phone", equalTo("+1 503 555 0100"))
                .body("timeZone", equalTo("UTC"));
    }
}
