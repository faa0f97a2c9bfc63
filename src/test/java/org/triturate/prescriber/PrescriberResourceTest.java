package org.triturate.prescriber;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Registry;

@QuarkusTest
class PrescriberResourceTest {

    private static Response create(Map<String, Object> body) {
        return Api.as(Api.adminToken()).body(body).post("/api/v1/prescribers");
    }

    @Test
    void registersAPrescriberWithLicencesAndDeaRegistrations() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        Response response = create(body);
        response.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("npi", equalTo(body.get("npi")))
                .body("status", equalTo("ACTIVE"))
                .body("deaRegistrations[0].schedules", contains("3", "4", "5"))
                .body("deaRegistrations[0].state", equalTo("OR"))
                .body("deaRegistrations[0].expiresOn", equalTo("2099-06-30"))
                .body("licenses[0].status", equalTo("ACTIVE"))
                .body("licenses[0].number", equalTo("MD-12345"));
        long id = response.jsonPath().getLong("id");
        response.then().header("Location", endsWith("/api/v1/prescribers/" + id));
        Api.as(Api.tokenFor("TECHNICIAN"))
                .get("/api/v1/prescribers/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("lastName", equalTo("Moreau"));
    }

    @Test
    void theContractExampleIsAccepted() {
        // the API guide's example (docs/api-guide.md): NPI 1234567893 with DEA BM1234563 for Ada Moreau.
        Map<String, Object> body = Registry.prescriber("Moreau");
        body.put("npi", "1234567893");
        body.put(
                "deaRegistrations",
                List.of(Map.of(
                        "number",
                        "BM1234563",
                        "schedules",
                        List.of("3", "4", "5"),
                        "state",
                        "OR",
                        "expiresOn",
                        "2027-06-30")));
        create(body).then().statusCode(201).body("deaRegistrations[0].number", equalTo("BM1234563"));
    }

    @Test
    void anInvalidNpiIs400InvalidNpi() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        body.put("npi", "1234567890");
        create(body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.code", contains("INVALID_NPI"))
                .body("violations[0].field", equalTo("npi"));
    }

    @Test
    void anInvalidDeaNumberIs400InvalidDeaNamingTheRegistration() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        body.put(
                "deaRegistrations",
                List.of(
                        Map.of(
                                "number",
                                Registry.deaNumber('M'),
                                "schedules",
                                List.of("3"),
                                "state",
                                "OR",
                                "expiresOn",
                                "2099-01-01"),
                        Map.of(
                                "number",
                                "BO1234563",
                                "schedules",
                                List.of("3"),
                                "state",
                                "WA",
                                "expiresOn",
                                "2099-01-01")));
        create(body)
                .then()
                .statusCode(400)
                .body("violations.code", contains("INVALID_DEA"))
                .body("violations[0].field", equalTo("deaRegistrations[1].number"));
    }

    @Test
    void everyIdentityFaultIsReportedAtOnce() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        body.put("npi", "2234567890");
        body.put(
                "deaRegistrations",
                List.of(
                        Map.of(
                                "number",
                                "BM1234564",
                                "schedules",
                                List.of("3"),
                                "state",
                                "OR",
                                "expiresOn",
                                "2099-01-01"),
                        Map.of(
                                "number",
                                Registry.deaNumber('M'),
                                "schedules",
                                List.of("4"),
                                "state",
                                "OR",
                                "expiresOn",
                                "2099-01-01")));
        create(body)
                .then()
                .statusCode(400)
                .body("violations.code", containsInAnyOrder("INVALID_NPI", "INVALID_DEA", "INVALID_FIELD"))
                .body(
                        "violations.field",
                        containsInAnyOrder("npi", "deaRegistrations[0].number", "deaRegistrations[1].state"));
    }

    @Test
    void aDuplicateNpiIs409() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        create(body).then().statusCode(201);
        Map<String, Object> again = Registry.prescriber("Okafor");
        again.put("npi", body.get("npi"));
        create(again).then().statusCode(409).body("violations.code", contains("DUPLICATE_NPI"));
    }

    /** Two registrations of one NPI at the same moment: one wins, the other is told why (never a 500). */
    @Test
    void concurrentRegistrationsOfOneNpiCreateOnePrescriber() throws Exception {
        String token = Api.adminToken();
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<String, Object> body = Registry.prescriber("Moreau");
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> register = () -> {
                    start.await();
                    return Api.as(token).body(body).post("/api/v1/prescribers").statusCode();
                };
                var first = pool.submit(register);
                var second = pool.submit(register);
                List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
                Collections.sort(statuses);
                assertEquals(List.of(201, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
            Api.as(token)
                    .queryParam("npi", body.get("npi"))
                    .get("/api/v1/prescribers")
                    .then()
                    .body("total", equalTo(1));
        }
    }

    @Test
    void structuralFaultsAre400InvalidField() {
        Map<String, Object> schedule6 = Registry.prescriber("Moreau");
        schedule6.put(
                "deaRegistrations",
                List.of(Map.of(
                        "number",
                        Registry.deaNumber('M'),
                        "schedules",
                        List.of("6"),
                        "state",
                        "OR",
                        "expiresOn",
                        "2099-01-01")));
        create(schedule6).then().statusCode(400).body("violations.code", contains("INVALID_FIELD"));

        Map<String, Object> impossibleDate = Registry.prescriber("Moreau");
        impossibleDate.put(
                "licenses",
                List.of(Map.of("state", "OR", "number", "X", "status", "ACTIVE", "expiresOn", "2027-02-30")));
        create(impossibleDate).then().statusCode(400).body("violations.code", contains("INVALID_FIELD"));

        Map<String, Object> unknownState = Registry.prescriber("Moreau");
        unknownState.put(
                "licenses",
                List.of(Map.of("state", "XX", "number", "X", "status", "ACTIVE", "expiresOn", "2027-01-30")));
        create(unknownState).then().statusCode(400).body("violations[0].field", equalTo("licenses[0].state"));

        Map<String, Object> unknownStatus = Registry.prescriber("Moreau");
        unknownStatus.put("status", "RETIRED");
        create(unknownStatus).then().statusCode(400).body("violations.code", contains("INVALID_FIELD"));

        Map<String, Object> misspelt = Registry.prescriber("Moreau");
        misspelt.put("licences", List.of());
        create(misspelt).then().statusCode(400).body("violations[0].field", equalTo("licences"));

        Map<String, Object> numericNpi = Registry.prescriber("Moreau");
        numericNpi.put("npi", 1234567893L);
        create(numericNpi).then().statusCode(400).body("violations.code", contains("INVALID_FIELD"));
    }

    @Test
    void findsAPrescriberByNpi() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        long id = create(body).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("npi", body.get("npi"))
                .get("/api/v1/prescribers")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) id))
                .body("total", equalTo(1));
        Api.as(Api.tokenFor("PHARMACIST"))
                .queryParam("npi", Registry.npi())
                .get("/api/v1/prescribers")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        Map<String, Object> body = Registry.prescriber("Moreau");
        long id = create(body).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/prescribers/" + id;
        body.put("status", "INACTIVE");
        body.put(
                "licenses",
                List.of(Map.of("state", "OR", "number", "MD-12345", "status", "SUSPENDED", "expiresOn", "2099-12-31")));
        Api.as(Api.adminToken())
                .body(body)
                .put(path)
                .then()
                .statusCode(428)
                .body("violations.code", contains("PRECONDITION_REQUIRED"));
        Api.as(Api.adminToken())
                .header("If-Match", "\"7\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(412)
                .body("violations.code", contains("VERSION_CONFLICT"));
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("INACTIVE"))
                .body("licenses[0].status", equalTo("SUSPENDED"));
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(body)
                .put(path)
                .then()
                .statusCode(412);
    }

    @Test
    void anUpdateCannotTakeAnotherPrescribersNpi() {
        Map<String, Object> first = Registry.prescriber("Moreau");
        create(first).then().statusCode(201);
        Map<String, Object> second = Registry.prescriber("Moreau");
        long id = create(second).then().statusCode(201).extract().jsonPath().getLong("id");
        second.put("npi", first.get("npi"));
        Api.as(Api.adminToken())
                .header("If-Match", "0")
                .body(second)
                .put("/api/v1/prescribers/" + id)
                .then()
                .statusCode(409)
                .body("violations.code", contains("DUPLICATE_NPI"));
    }

    @Test
    void aPrescriberSeesOnlyItself() {
        long a = Api.createPrescriber();
        long b = Api.createPrescriber();
        String tokenA = Api.prescriberToken(a);
        Api.as(tokenA).get("/api/v1/prescribers/" + a).then().statusCode(200);
        Api.as(tokenA)
                .get("/api/v1/prescribers/" + b)
                .then()
                .statusCode(404)
                .body("violations.code", contains("NOT_FOUND"));
        Api.as(tokenA)
                .get("/api/v1/prescribers")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) a))
                .body("total", equalTo(1));
        String npiOfB = Api.as(Api.adminToken())
                .get("/api/v1/prescribers/" + b)
                .jsonPath()
                .getString("npi");
        Api.as(tokenA)
                .queryParam("npi", npiOfB)
                .get("/api/v1/prescribers")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        Api.as(tokenA)
                .header("If-Match", "0")
                .body(Registry.prescriber("Moreau"))
                .put("/api/v1/prescribers/" + b)
                .then()
                .statusCode(403);
    }

    @Test
    void listsArePagedNewestFirstWithinBounds() {
        long older = Api.createPrescriber();
        long newer = Api.createPrescriber();
        Api.as(Api.adminToken())
                .queryParam("size", 2)
                .get("/api/v1/prescribers")
                .then()
                .statusCode(200)
                .body("items.id", contains((int) newer, (int) older))
                .body("page", equalTo(0))
                .body("size", equalTo(2));
        for (String size : new String[] {"0", "201", "x"}) {
            Api.as(Api.adminToken())
                    .queryParam("size", size)
                    .get("/api/v1/prescribers")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("size"));
        }
        Api.as(Api.adminToken())
                .queryParam("page", "-1")
                .get("/api/v1/prescribers")
                .then()
                .statusCode(400);
        Api.as(Api.adminToken())
                .queryParam("size", "200")
                .get("/api/v1/prescribers")
                .then()
                .statusCode(200);
    }
}
