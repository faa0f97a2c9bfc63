package org.triturate.patient;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Registry;

@QuarkusTest
class PatientResourceTest {

    private static Response create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/patients");
    }

    @Test
    void aPharmacistRegistersAPatientWithAllergies() {
        Map<String, Object> body = Registry.patient("Okafor");
        body.put(
                "allergies",
                List.of(
                        Map.of("allergenClass", "GLUTEN", "reaction", "celiac disease"),
                        Map.of("ingredientId", 17, "reaction", "rash")));
        Response response = create(Api.tokenFor("PHARMACIST"), body);
        response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("lastName", equalTo("Okafor"))
                .body("birthDate", equalTo("1981-04-02"))
                .body("address.state", equalTo("OR"))
                .body("address.postalCode", equalTo("97301"))
                .body("allergies.allergenClass", contains("GLUTEN", null))
                .body("allergies.ingredientId", contains(null, 17))
                .body("allergies[1].reaction", equalTo("rash"));
        long id = response.jsonPath().getLong("id");
        response.then().header("Location", endsWith("/api/v1/patients/" + id));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .get("/api/v1/patients/" + id)
                .then()
                .statusCode(200)
                .body("firstName", equalTo("Sam"));
    }

    @Test
    void onlyTheStateOfTheAddressIsRequired() {
        Map<String, Object> body = Registry.patient("Okafor");
        body.put("address", Map.of("state", "OR"));
        create(Api.tokenFor("PHARMACIST"), body)
                .then()
                .statusCode(201)
                .body("address.line", nullValue())
                .body("address.state", equalTo("OR"));
        body.put("address", Map.of("line", "12 Elm St", "city", "Salem", "postalCode", "97301"));
        create(Api.tokenFor("PHARMACIST"), body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("address.state"));
        body.remove("address");
        create(Api.tokenFor("PHARMACIST"), body).then().statusCode(400).body("violations[0].field", equalTo("address"));
    }

    @Test
    void anAllergyNamesExactlyOneTarget() {
        Map<String, Object> both = Registry.patient("Okafor");
        both.put("allergies", List.of(Map.of("allergenClass", "DYE", "ingredientId", 17)));
        create(Api.tokenFor("PHARMACIST"), both)
                .then()
                .statusCode(400)
                .body("violations.code", contains("INVALID_FIELD"))
                .body("violations[0].field", equalTo("allergies[0]"));
        Map<String, Object> neither = Registry.patient("Okafor");
        neither.put("allergies", List.of(Map.of("reaction", "hives")));
        create(Api.tokenFor("PHARMACIST"), neither).then().statusCode(400);
    }

    @Test
    void anAllergyToAnUnknownIngredientIs422() {
        Map<String, Object> body = Registry.patient("Okafor");
        body.put("allergies", List.of(Map.of("ingredientId", 999_999)));
        create(Api.tokenFor("PHARMACIST"), body)
                .then()
                .statusCode(422)
                .body("violations.code", contains("INGREDIENT_NOT_FOUND"))
                .body("violations[0].field", equalTo("allergies[0].ingredientId"));
    }

    @Test
    void structuralFaultsAre400() {
        String token = Api.tokenFor("PHARMACIST");
        Map<String, Object> future = Registry.patient("Okafor");
        future.put("birthDate", LocalDate.now().plusDays(2).toString());
        create(token, future).then().statusCode(400).body("violations[0].field", equalTo("birthDate"));
        Map<String, Object> unknownClass = Registry.patient("Okafor");
        unknownClass.put("allergies", List.of(Map.of("allergenClass", "POLLEN")));
        create(token, unknownClass).then().statusCode(400).body("violations.code", contains("INVALID_FIELD"));
        Map<String, Object> misspelt = Registry.patient("Okafor");
        misspelt.put("alergies", List.of());
        create(token, misspelt).then().statusCode(400).body("violations[0].field", equalTo("alergies"));
        Map<String, Object> badZip = Registry.patient("Okafor");
        badZip.put("address", Map.of("state", "OR", "postalCode", "OR-97"));
        create(token, badZip).then().statusCode(400).body("violations[0].field", equalTo("address.postalCode"));
        Map<String, Object> blankName = Registry.patient("Okafor");
        blankName.put("firstName", " ");
        create(token, blankName).then().statusCode(400).body("violations[0].field", equalTo("firstName"));
    }

    @Test
    void searchesByNameWords() {
        String token = Api.tokenFor("PHARMACIST");
        String lastName = Api.unique("Okafor").replace("-", "");
        long id = create(token, Registry.patient(lastName))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Map<String, Object> other = Registry.patient(lastName);
        other.put("firstName", "Robin");
        create(token, other).then().statusCode(201);
        Api.as(token)
                .queryParam("q", lastName.toUpperCase())
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        Api.as(token)
                .queryParam("q", "sam " + lastName)
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) id))
                .body("total", equalTo(1));
        Api.as(token)
                .queryParam("q", "%")
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        String token = Api.tokenFor("PHARMACIST");
        long id = create(token, Registry.patient("Okafor"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String path = "/api/v1/patients/" + id;
        Map<String, Object> changed = Registry.patient("Okafor");
        changed.put("allergies", List.of(Map.of("allergenClass", "DYE"), Map.of("allergenClass", "LACTOSE")));
        Api.as(token).body(changed).put(path).then().statusCode(428);
        Api.as(token).header("If-Match", "\"3\"").body(changed).put(path).then().statusCode(412);
        Api.as(token)
                .header("If-Match", "W/\"0\"")
                .body(changed)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("allergies.allergenClass", contains("DYE", "LACTOSE"));
        Api.as(token).get(path).then().body("version", equalTo(1)).body("allergies", hasSize(2));
    }

    @Test
    void aPrescriberSeesOnlyThePatientsItRegistered() {
        String tokenA = Api.prescriberToken(Api.createPrescriber());
        String tokenB = Api.prescriberToken(Api.createPrescriber());
        String lastName = Api.unique("Isolated").replace("-", "");
        long ofA = create(tokenA, Registry.patient(lastName))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long ofB = create(tokenB, Registry.patient(lastName))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        Api.as(tokenA).get("/api/v1/patients/" + ofA).then().statusCode(200);
        Api.as(tokenA)
                .get("/api/v1/patients/" + ofB)
                .then()
                .statusCode(404)
                .body("violations.code", contains("NOT_FOUND"));
        Api.as(tokenA)
                .header("If-Match", "0")
                .body(Registry.patient(lastName))
                .put("/api/v1/patients/" + ofB)
                .then()
                .statusCode(404);
        Api.as(tokenA)
                .queryParam("q", lastName)
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) ofA))
                .body("total", equalTo(1));
        Api.as(tokenA).get("/api/v1/patients").then().statusCode(200).body("items.id", not(hasItem((int) ofB)));
        Api.as(tokenA)
                .header("If-Match", "0")
                .body(Registry.patient(lastName))
                .put("/api/v1/patients/" + ofA)
                .then()
                .statusCode(200);

        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("q", lastName)
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder((int) ofA, (int) ofB));
        // B's patient is unchanged by A's attempt.
        Api.as(tokenB).get("/api/v1/patients/" + ofB).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void pagingBoundsAreEnforced() {
        String token = Api.tokenFor("PHARMACIST");
        Api.as(token).queryParam("size", "0").get("/api/v1/patients").then().statusCode(400);
        Api.as(token).queryParam("size", "201").get("/api/v1/patients").then().statusCode(400);
        Api.as(token).queryParam("page", "-1").get("/api/v1/patients").then().statusCode(400);
        Map<String, Object> body = new HashMap<>(Registry.patient("Paged"));
        create(token, body).then().statusCode(201);
        create(token, body).then().statusCode(201);
        Api.as(token)
                .queryParam("size", "1")
                .queryParam("page", "1")
                .queryParam("q", "Paged")
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .body("size", equalTo(1));
    }
}
