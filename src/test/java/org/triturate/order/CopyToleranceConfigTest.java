package org.triturate.order;

import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** The copy tolerance is configuration (TRITURATE_ORDER_COPY_TOLERANCE_PERCENT): at 5 %, 10.6 mg is not 10 mg. */
@QuarkusTest
@TestProfile(CopyToleranceConfigTest.FivePercent.class)
class CopyToleranceConfigTest {

    public static class FivePercent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triturate.order.copy-tolerance-percent", "5");
        }
    }

    @Test
    void theConfiguredToleranceDecides() {
        Clinic clinic = Orders.clinic();
        long active = Orders.newActive(Map.of());
        Orders.newProduct(active, "TABLET", 10, "mg", "MARKETED", List.of());
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(active, 10.6, "mg")));
        Orders.submit(clinic.prescriberToken(), body).then().statusCode(201);
        body.put("actives", List.of(Orders.active(active, 10.5, "mg")));
        Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("ESSENTIALLY_A_COPY"));
    }
}
