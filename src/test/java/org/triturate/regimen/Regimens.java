package org.triturate.regimen;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;

/** Regimen request bodies of the contract's seed scenario, mutable so that a test can break one thing. */
final class Regimens {

    /** Venlafaxine hydrochloride in the shipped reference catalog. */
    static final long VENLAFAXINE = 8;

    private Regimens() {}

    /** The contract's example: sertraline titrated through 31.25 mg (14 days) and 37.5 mg (28 days) capsules. */
    static Map<String, Object> sertralineTitration(long patientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TITRATION");
        body.put("patientId", patientId);
        body.put("dosageForm", "CAPSULE");
        body.put("ingredientId", Orders.SERTRALINE);
        body.put("releaseType", "IMMEDIATE");
        body.put("excludedAllergens", new ArrayList<>(List.of("DYE")));
        body.put("startOn", LocalDate.now().plusDays(5).toString());
        body.put("writtenOn", LocalDate.now().toString());
        body.put("steps", new ArrayList<>(List.of(capsuleStep(31.25, 14), capsuleStep(37.5, 28))));
        body.put(
                "clinicalRationale",
                Orders.rationale("CUSTOM_STRENGTH", "Stepwise titration; 25 to 50 mg not tolerated"));
        body.put("informedConsent", Orders.consent());
        return body;
    }

    /**
     * A patient coming off venlafaxine in small steps: lactose-free immediate-release capsules (every marketed
     * immediate-release tablet holds lactose), one a day, a week at each strength.
     */
    static Map<String, Object> venlafaxineTaper(long patientId, Number... strengthsInMg) {
        Map<String, Object> body = sertralineTitration(patientId);
        body.put("kind", "TAPER");
        body.put("ingredientId", VENLAFAXINE);
        body.put("excludedAllergens", new ArrayList<>(List.of("LACTOSE")));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Number strength : strengthsInMg) {
            steps.add(capsuleStep(strength, 7));
        }
        body.put("steps", steps);
        Map<String, Object> rationale = Orders.rationale(
                "EXCIPIENT_INTOLERANCE", "Lactose intolerance; tapering off venlafaxine in steps not marketed");
        @SuppressWarnings("unchecked")
        List<String> categories = (List<String>) rationale.get("categories");
        categories.add("CUSTOM_STRENGTH");
        body.put("clinicalRationale", rationale);
        return body;
    }

    static Map<String, Object> capsuleStep(Number strengthInMg, int days) {
        return new HashMap<>(Map.of(
                "strength",
                Orders.quantity(strengthInMg, "mg"),
                "dose",
                new HashMap<>(Map.of("amount", Orders.quantity(1, "unit"), "timesPerDay", 1)),
                "days",
                days));
    }

    static Response start(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/regimens");
    }

    /** Starts a regimen that must be accepted (201) and returns it as the API answered. */
    static JsonPath started(String token, Map<String, Object> body) {
        return start(token, body).then().statusCode(201).extract().jsonPath();
    }

    /** How many orders the caller sees for this patient. */
    static int orderCount(String token, long patientId) {
        return Api.as(token)
                .queryParam("patientId", patientId)
                .get("/api/v1/orders")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    /** How many regimens the caller sees for this patient. */
    static int regimenCount(String token, long patientId) {
        return Api.as(token)
                .queryParam("patientId", patientId)
                .get("/api/v1/regimens")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
