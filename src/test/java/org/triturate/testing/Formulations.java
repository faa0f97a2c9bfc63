package org.triturate.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Master formulation bodies for API tests. */
public final class Formulations {

    private Formulations() {}

    /** Dye-free sertraline 37.5 mg capsules on a qs microcrystalline-cellulose base, 180 days at room temperature. */
    public static Map<String, Object> sertralineCapsules() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Sertraline 37.5 mg capsules, dye-free");
        body.put("dosageForm", "CAPSULE");
        body.put(
                "actives",
                new ArrayList<>(List.of(
                        Map.of("ingredientId", Orders.SERTRALINE, "amountPerUnit", Orders.quantity(37.5, "mg")))));
        body.put(
                "excipients",
                new ArrayList<>(List.of(
                        Map.of("ingredientId", Orders.MICROCRYSTALLINE_CELLULOSE, "function", "diluent", "qs", true))));
        body.put("preparationType", "NONAQUEOUS_SOLID");
        body.put("storage", "ROOM_TEMPERATURE");
        body.put("budDays", 180);
        body.put("budSource", "USP_DEFAULT");
        body.put("budReference", null);
        body.put("overagePercent", 3);
        body.put("physicalDescription", "White opaque size 3 capsules");
        body.put("containerClosure", "Amber tight light-resistant vial");
        body.put("steps", List.of("Weigh sertraline HCl and MCC", "Mix geometrically", "Fill size 3 capsules"));
        body.put("qualityControl", List.of("weight variation"));
        body.put("auxiliaryLabels", List.of("Do not stop taking suddenly"));
        return body;
    }

    /** A created formulation's id. */
    public static long created(Map<String, Object> body) {
        return Api.as(Api.tokenFor("PHARMACIST"))
                .body(body)
                .post("/api/v1/formulations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
