package org.triturate.testing;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Order request bodies and the records they need, made through the public API. The reference catalog's ids are
 * fixed by the shipped CSV files (1 sertraline HCl, 4 bupropion HCl, 6 lithium carbonate, 7 liothyronine sodium,
 * 9 ketamine HCl, 10 esketamine, 27 microcrystalline cellulose).
 */
public final class Orders {

    public static final long SERTRALINE = 1;
    public static final long FLUOXETINE = 2;
    public static final long BUPROPION = 4;
    public static final long LITHIUM_CARBONATE = 6;
    public static final long LIOTHYRONINE = 7;
    public static final long KETAMINE = 9;
    public static final long ESKETAMINE = 10;
    public static final long MICROCRYSTALLINE_CELLULOSE = 27;

    private Orders() {}

    /** A prescriber licensed in OR with a schedule 3–5 DEA registration there, its token, and a patient of its own. */
    public record Clinic(long prescriberId, String prescriberToken, long patientId) {}

    public static Clinic clinic() {
        long prescriberId = Api.createPrescriber();
        String token = Api.prescriberToken(prescriberId);
        return new Clinic(prescriberId, token, newPatient(token, "Okafor"));
    }

    /**
     * The contract's example: 30 dye-free sertraline 37.5 mg capsules, one a day, with a custom-strength rationale
     * and documented consent. The body is mutable so that a test can break one thing.
     */
    public static Map<String, Object> sertralineCapsules(long patientId) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("dosageForm", "CAPSULE");
        body.put("actives", new ArrayList<>(List.of(active(SERTRALINE, 37.5, "mg"))));
        body.put("excludedAllergens", new ArrayList<>(List.of("DYE")));
        body.put("quantity", quantity(30, "unit"));
        body.put("dose", new HashMap<>(Map.of("amount", quantity(1, "unit"), "timesPerDay", 1)));
        body.put("directions", "Take 1 capsule by mouth once daily");
        body.put("daysSupply", 30);
        body.put("refills", 2);
        body.put("clinicalRationale", rationale("CUSTOM_STRENGTH", "Cannot tolerate the step from 25 mg to 50 mg"));
        body.put("informedConsent", consent());
        body.put("reassessBy", LocalDate.now().plusDays(60).toString());
        return body;
    }

    public static Map<String, Object> active(long ingredientId, Number strength, String unit) {
        return new HashMap<>(Map.of("ingredientId", ingredientId, "strength", quantity(strength, unit)));
    }

    public static Map<String, Object> quantity(Number value, String unit) {
        return new HashMap<>(Map.of("value", value, "unit", unit));
    }

    public static Map<String, Object> rationale(String category, String text) {
        return new HashMap<>(Map.of("categories", new ArrayList<>(List.of(category)), "text", text));
    }

    public static Map<String, Object> consent() {
        return new HashMap<>(Map.of(
                "obtained",
                true,
                "alternativesDiscussed",
                true,
                "date",
                LocalDate.now().minusDays(1).toString()));
    }

    public static Response submit(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/orders");
    }

    /** Submits and expects 201; returns the new order's id. */
    public static long submitted(String token, Map<String, Object> body) {
        return submit(token, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A new active in the catalog with a unique name and these attributes (e.g. deaSchedule, allergenClasses). */
    public static long newActive(Map<String, Object> attributes) {
        Map<String, Object> body = Registry.active(Api.unique("Testoxetine"));
        body.putAll(attributes);
        return Api.as(Api.adminToken())
                .body(body)
                .post("/api/v1/ingredients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Records a commercial product of {@code ingredientId}. */
    public static void newProduct(
            long ingredientId,
            String dosageForm,
            Number strength,
            String unit,
            String status,
            List<String> allergenClasses) {
        Api.as(Api.adminToken())
                .body(Map.of(
                        "ingredientId",
                        ingredientId,
                        "name",
                        Api.unique("Product"),
                        "dosageForm",
                        dosageForm,
                        "strength",
                        quantity(strength, unit),
                        "status",
                        status,
                        "allergenClasses",
                        allergenClasses,
                        "source",
                        "test fixture"))
                .post("/api/v1/products")
                .then()
                .statusCode(201);
    }

    /** Records compatibility evidence for a pair of actives. */
    public static void newCompatibility(long one, long other, String dosageForm, String status) {
        Api.as(Api.adminToken())
                .body(Map.of(
                        "ingredientIds",
                        List.of(one, other),
                        "dosageForm",
                        dosageForm,
                        "status",
                        status,
                        "reference",
                        "test fixture"))
                .post("/api/v1/compatibilities")
                .then()
                .statusCode(201);
    }

    /** A patient the clinic's prescriber registers, like {@link Registry#patient} with these changes. */
    public static long newPatient(Clinic clinic, Map<String, Object> changes) {
        Map<String, Object> body = Registry.patient("Okafor");
        body.putAll(changes);
        return registered(clinic.prescriberToken(), body);
    }

    /** A patient {@link Registry#patient} registered by the user of {@code token}; returns its id. */
    public static long newPatient(String token, String lastName) {
        return registered(token, Registry.patient(lastName));
    }

    private static long registered(String token, Map<String, Object> patient) {
        return Api.as(token)
                .body(patient)
                .post("/api/v1/patients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Approves a SUBMITTED order with a new formulation made from {@code formulation}; returns the order id. */
    public static long approved(long orderId, Map<String, Object> formulation) {
        long formulationId = Formulations.created(formulation);
        Api.as(Api.tokenFor("PHARMACIST"))
                .header("If-Match", etag(orderId))
                .body(Map.of("decision", "APPROVE", "formulationId", formulationId))
                .post("/api/v1/orders/" + orderId + "/review")
                .then()
                .statusCode(200);
        return orderId;
    }

    /** The ETag of the order as a pharmacist reads it now. */
    public static String etag(long orderId) {
        return Api.as(Api.tokenFor("PHARMACIST"))
                .get("/api/v1/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
