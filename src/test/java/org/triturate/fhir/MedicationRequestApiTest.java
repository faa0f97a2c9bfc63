package org.triturate.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/** HL7 FHIR R4 MedicationRequest in and out (api.md §9) through the HTTP API. */
@QuarkusTest
class MedicationRequestApiTest {

    @Test
    void aPostedMedicationRequestReadsBackAsTheSameOrder() {
        Clinic clinic = Orders.clinic();
        Response created = FhirOrders.post(clinic.prescriberToken(), FhirOrders.sertralineCapsules(clinic.patientId()));
        created.then()
                .statusCode(201)
                .contentType(containsString("application/fhir+json"))
                .header("ETag", equalTo("W/\"0\""))
                // Patient data: no cache keeps it, as on /api/v1.
                .header("Cache-Control", equalTo("no-store"))
                .header("Location", matchesPattern(".*/fhir/r4/MedicationRequest/\\d+/_history/0"));
        MedicationRequest stored = FhirOrders.parse(MedicationRequest.class, created.asString());
        // Numbers are written plain: 30, never 3E+1.
        assertTrue(!created.asString().contains("E+"), created.asString());
        long id = Long.parseLong(stored.getIdElement().getIdPart());
        assertTrue(created.header("Location").endsWith("/MedicationRequest/" + id + "/_history/0"));
        // The Location is a version read of the resource; only the current version is kept.
        String versionPath = FhirOrders.BASE + "/MedicationRequest/" + id + "/_history/";
        assertEquals(
                created.asString(),
                FhirOrders.as(clinic.prescriberToken())
                        .get(versionPath + "0")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        FhirOrders.as(clinic.prescriberToken())
                .get(versionPath + "1")
                .then()
                .statusCode(404)
                .contentType(containsString("application/fhir+json"));

        Response read = FhirOrders.as(clinic.prescriberToken()).get(FhirOrders.BASE + "/MedicationRequest/" + id);
        read.then().statusCode(200).contentType(containsString("application/fhir+json"));
        MedicationRequest readBack = FhirOrders.parse(MedicationRequest.class, read.asString());

        JsonPath order = Api.as(clinic.prescriberToken())
                .get("/api/v1/orders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        for (MedicationRequest resource : List.of(stored, readBack)) {
            assertEquals(String.valueOf(id), resource.getIdElement().getIdPart());
            assertEquals("0", resource.getMeta().getVersionId());
            assertEquals(
                    order.getString("number"), resource.getIdentifierFirstRep().getValue());
            assertEquals(MedicationRequest.MedicationRequestStatus.ACTIVE, resource.getStatus());
            assertEquals(MedicationRequest.MedicationRequestIntent.ORDER, resource.getIntent());
            assertEquals("Patient/" + clinic.patientId(), resource.getSubject().getReference());
            assertEquals(
                    "Practitioner/" + clinic.prescriberId(),
                    resource.getRequester().getReference());
            assertEquals(
                    LocalDate.now().toString(), resource.getAuthoredOnElement().getValueAsString());
            Medication medication = FhirOrders.medication(resource);
            assertEquals(
                    "#" + medication.getIdElement().getIdPart(),
                    resource.getMedicationReference().getReference());
            assertEquals("CAPSULE", medication.getForm().getCodingFirstRep().getCode());
            Medication.MedicationIngredientComponent active = medication.getIngredientFirstRep();
            assertTrue(active.getIsActive());
            assertEquals(
                    Set.of("urn:triturate:ingredient|1", "http://www.nlm.nih.gov/research/umls/rxnorm|36437"),
                    codings(active.getItemCodeableConcept().getCoding()));
            assertEquals(
                    0,
                    new BigDecimal("37.5")
                            .compareTo(active.getStrength().getNumerator().getValue()));
            assertEquals("mg", active.getStrength().getNumerator().getCode());
            assertEquals(
                    "http://unitsofmeasure.org",
                    active.getStrength().getNumerator().getSystem());
            assertEquals("1", active.getStrength().getDenominator().getCode());
            // The effective exclusions: the requested DYE and the patient's GLUTEN allergy.
            assertEquals(
                    Set.of("urn:triturate:allergen-class|DYE", "urn:triturate:allergen-class|GLUTEN"),
                    new TreeSet<>(medication.getIngredient().stream()
                            .filter(ingredient -> !ingredient.getIsActive())
                            .map(ingredient -> codings(
                                            ingredient.getItemCodeableConcept().getCoding())
                                    .iterator()
                                    .next())
                            .toList()));
            var dosage = resource.getDosageInstructionFirstRep();
            assertEquals("Take 1 capsule by mouth once daily", dosage.getText());
            assertEquals(1, dosage.getTiming().getRepeat().getFrequency());
            assertEquals(
                    0, BigDecimal.ONE.compareTo(dosage.getTiming().getRepeat().getPeriod()));
            assertEquals("d", dosage.getTiming().getRepeat().getPeriodUnit().toCode());
            assertEquals(
                    0,
                    BigDecimal.ONE.compareTo(
                            dosage.getDoseAndRateFirstRep().getDoseQuantity().getValue()));
            assertEquals("1", dosage.getDoseAndRateFirstRep().getDoseQuantity().getCode());
            var dispense = resource.getDispenseRequest();
            assertEquals(0, new BigDecimal(30).compareTo(dispense.getQuantity().getValue()));
            assertEquals("1", dispense.getQuantity().getCode());
            assertEquals(
                    0,
                    new BigDecimal(30)
                            .compareTo(dispense.getExpectedSupplyDuration().getValue()));
            assertEquals("d", dispense.getExpectedSupplyDuration().getCode());
            assertEquals(2, dispense.getNumberOfRepeatsAllowed());
            assertEquals(
                    "CUSTOM_STRENGTH",
                    resource.getReasonCodeFirstRep().getCodingFirstRep().getCode());
            assertEquals(
                    "urn:triturate:rationale",
                    resource.getReasonCodeFirstRep().getCodingFirstRep().getSystem());
            assertEquals(
                    "Cannot tolerate the step from 25 mg to 50 mg",
                    resource.getNoteFirstRep().getText());
            Extension consent = resource.getExtensionByUrl("urn:triturate:informed-consent");
            assertEquals(
                    "true", consent.getExtensionByUrl("obtained").getValue().primitiveValue());
            assertEquals(
                    "true",
                    consent.getExtensionByUrl("alternativesDiscussed")
                            .getValue()
                            .primitiveValue());
            assertEquals(
                    LocalDate.now().minusDays(1).toString(),
                    consent.getExtensionByUrl("date").getValue().primitiveValue());
        }
        // One rule path: the same order posted to /api/v1/orders gets the same checks, outcomes and details.
        List<Object> restChecks = Orders.submit(clinic.prescriberToken(), Orders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("checks");
        assertEquals(restChecks, order.getList("checks"));
        // The order itself, as the REST API shows it.
        assertEquals("CAPSULE", order.getString("dosageForm"));
        assertEquals(1, order.getInt("actives[0].ingredientId"));
        assertEquals(37.5f, order.getFloat("actives[0].strength.value"));
        assertEquals("unit", order.getString("quantity.unit"));
        assertEquals(2, order.getInt("refills"));
        assertEquals(30, order.getInt("daysSupply"));
        assertEquals(List.of("DYE", "GLUTEN"), order.getList("excludedAllergens"));
        assertEquals(LocalDate.now().plusDays(60).toString(), order.getString("reassessBy"));
    }

    @Test
    void aQuantitysUnitIsItsLabelBesideTheUcumCode() {
        Clinic clinic = Orders.clinic();
        MedicationRequest labelled = FhirOrders.sertralineCapsules(clinic.patientId());
        labelled.getDosageInstructionFirstRep()
                .getDoseAndRateFirstRep()
                .getDoseQuantity()
                .setUnit("capsule");
        labelled.getDispenseRequest().getQuantity().setUnit("capsules");
        FhirOrders.medication(labelled)
                .getIngredientFirstRep()
                .getStrength()
                .getNumerator()
                .setUnit("milligram");
        // Two categories as two codings of one reason.
        labelled.getReasonCodeFirstRep()
                .addCoding(new Coding("urn:triturate:rationale", "EXCIPIENT_INTOLERANCE", null));
        MedicationRequest stored = FhirOrders.parse(
                MedicationRequest.class,
                FhirOrders.post(clinic.prescriberToken(), labelled)
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString());
        assertEquals(
                "1",
                stored.getDosageInstructionFirstRep()
                        .getDoseAndRateFirstRep()
                        .getDoseQuantity()
                        .getCode());
        assertEquals(
                "mg",
                FhirOrders.medication(stored)
                        .getIngredientFirstRep()
                        .getStrength()
                        .getNumerator()
                        .getCode());
        assertEquals(
                Set.of("CUSTOM_STRENGTH", "EXCIPIENT_INTOLERANCE"),
                new TreeSet<>(stored.getReasonCode().stream()
                        .flatMap(reason -> reason.getCoding().stream())
                        .map(Coding::getCode)
                        .toList()));
    }

    @Test
    void theResponseCanBePostedAgainAsANewOrder() {
        Clinic clinic = Orders.clinic();
        String first = FhirOrders.post(clinic.prescriberToken(), FhirOrders.sertralineCapsules(clinic.patientId()))
                .then()
                .statusCode(201)
                .extract()
                .asString();
        MedicationRequest again = FhirOrders.parse(
                MedicationRequest.class,
                FhirOrders.post(clinic.prescriberToken(), first)
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString());
        assertEquals(
                FhirOrders.medication(FhirOrders.parse(MedicationRequest.class, first))
                        .getIngredient()
                        .size(),
                FhirOrders.medication(again).getIngredient().size());
    }

    @Test
    void fhirAndTheRestApiRunTheSameOrderChecks() {
        Clinic clinic = Orders.clinic();
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.remove("clinicalRationale");
        body.remove("informedConsent");
        body.put("actives", List.of(Orders.active(Orders.SERTRALINE, 37.5, "mg"), Orders.active(999_999, 5, "mg")));
        Set<String> restCodes = new TreeSet<>(Orders.submit(clinic.prescriberToken(), body)
                .then()
                .statusCode(422)
                .extract()
                .jsonPath()
                .getList("violations.code", String.class));

        MedicationRequest request = FhirOrders.sertralineCapsules(clinic.patientId());
        request.getReasonCode().clear();
        request.getNote().clear();
        request.getExtension().removeIf(extension -> extension.getUrl().equals("urn:triturate:informed-consent"));
        FhirOrders.medication(request)
                .addIngredient()
                .setItem(FhirOrders.concept("urn:triturate:ingredient", "999999"))
                .setIsActive(true)
                .setStrength(FhirOrders.ratio("5", "mg", "1"));
        Response refused = FhirOrders.post(clinic.prescriberToken(), request);
        refused.then().statusCode(422).contentType(containsString("application/fhir+json"));
        OperationOutcome outcome = FhirOrders.outcome(refused);
        assertEquals(restCodes, new TreeSet<>(FhirOrders.codes(outcome)));
        assertTrue(
                restCodes.containsAll(Set.of("RATIONALE_REQUIRED", "CONSENT_NOT_DOCUMENTED", "INGREDIENT_NOT_FOUND")));
        outcome.getIssue().forEach(issue -> {
            assertEquals(OperationOutcome.IssueSeverity.ERROR, issue.getSeverity());
            assertEquals(OperationOutcome.IssueType.PROCESSING, issue.getCode());
        });
    }

    @Test
    void anRxnormCodedIngredientResolvesToTheCatalogIngredient() {
        Clinic clinic = Orders.clinic();
        MedicationRequest request = FhirOrders.sertralineCapsules(clinic.patientId());
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .setItem(FhirOrders.concept("http://www.nlm.nih.gov/research/umls/rxnorm", "36437"));
        MedicationRequest stored = FhirOrders.parse(
                MedicationRequest.class,
                FhirOrders.post(clinic.prescriberToken(), request)
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString());
        assertTrue(codings(FhirOrders.medication(stored)
                        .getIngredientFirstRep()
                        .getItemCodeableConcept()
                        .getCoding())
                .contains("urn:triturate:ingredient|" + Orders.SERTRALINE));
        // The catalog shows the code it resolved by.
        Api.as(clinic.prescriberToken())
                .get("/api/v1/ingredients/" + Orders.SERTRALINE)
                .then()
                .statusCode(200)
                .body("rxnormCode", equalTo("36437"));
    }

    @Test
    void anRxnormCodeTheCatalogDoesNotCarryIsAnUnknownIngredient() {
        Clinic clinic = Orders.clinic();
        MedicationRequest request = FhirOrders.sertralineCapsules(clinic.patientId());
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .setItem(FhirOrders.concept("http://www.nlm.nih.gov/research/umls/rxnorm", "1"));
        Response refused = FhirOrders.post(clinic.prescriberToken(), request);
        refused.then().statusCode(422);
        assertTrue(FhirOrders.codes(FhirOrders.outcome(refused)).contains("INGREDIENT_NOT_FOUND"));
    }

    @Test
    void aPharmacistNamesThePrescriberByItsNpi() {
        Clinic clinic = Orders.clinic();
        String npi = Api.as(Api.adminToken())
                .get("/api/v1/prescribers/" + clinic.prescriberId())
                .then()
                .statusCode(200)
                .extract()
                .path("npi");
        MedicationRequest request = FhirOrders.sertralineCapsules(clinic.patientId());
        request.setRequester(new Reference()
                .setIdentifier(new Identifier()
                        .setSystem("http://hl7.org/fhir/sid/us-npi")
                        .setValue(npi)));
        String pharmacist = Api.tokenFor("PHARMACIST");
        MedicationRequest stored = FhirOrders.parse(
                MedicationRequest.class,
                FhirOrders.post(pharmacist, request)
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString());
        assertEquals(
                "Practitioner/" + clinic.prescriberId(), stored.getRequester().getReference());
        assertEquals(
                "ELECTRONIC",
                stored.getExtensionByUrl("urn:triturate:received-via")
                        .getValue()
                        .primitiveValue());
        Api.as(pharmacist)
                .get("/api/v1/orders/" + stored.getIdElement().getIdPart())
                .then()
                .body("prescriberId", equalTo((int) clinic.prescriberId()))
                .body("receivedVia", equalTo("ELECTRONIC"));

        request.getRequester().getIdentifier().setValue("1234567893");
        Response unknown = FhirOrders.post(pharmacist, request);
        unknown.then().statusCode(422);
        assertEquals(List.of("PRESCRIBER_NOT_FOUND"), FhirOrders.codes(FhirOrders.outcome(unknown)));

        request.getRequester().getIdentifier().setValue("1234567890");
        Response invalid = FhirOrders.post(pharmacist, request);
        invalid.then().statusCode(400);
        assertEquals(List.of("INVALID_NPI"), FhirOrders.codes(FhirOrders.outcome(invalid)));
    }

    @Test
    void aPharmacistMaySayHowTheOrderWasReceived() {
        Clinic clinic = Orders.clinic();
        MedicationRequest request = FhirOrders.sertralineCapsules(clinic.patientId());
        request.setRequester(new Reference("Practitioner/" + clinic.prescriberId()));
        request.addExtension("urn:triturate:received-via", new org.hl7.fhir.r4.model.CodeType("FAX"));
        String pharmacist = Api.tokenFor("PHARMACIST");
        String id = FhirOrders.parse(
                        MedicationRequest.class,
                        FhirOrders.post(pharmacist, request)
                                .then()
                                .statusCode(201)
                                .extract()
                                .asString())
                .getIdElement()
                .getIdPart();
        Api.as(pharmacist).get("/api/v1/orders/" + id).then().body("receivedVia", equalTo("FAX"));
    }

    @Test
    void invalidFhirIsRefusedWithAnOperationOutcome() {
        Clinic clinic = Orders.clinic();
        String token = clinic.prescriberToken();
        String valid = FhirOrders.json(FhirOrders.sertralineCapsules(clinic.patientId()));

        assertInvalid(FhirOrders.post(token, "{not json"), null);
        assertInvalid(FhirOrders.post(token, "{\"resourceType\": \"Patient\"}"), null);
        assertInvalid(FhirOrders.post(token, valid.replaceFirst("\\{", "{\"colour\": \"blue\", ")), null);

        MedicationRequest twoMedications = FhirOrders.sertralineCapsules(clinic.patientId());
        Medication second = FhirOrders.medication(twoMedications).copy();
        second.setId("second");
        twoMedications.addContained(second);
        assertInvalid(FhirOrders.post(token, twoMedications), "MedicationRequest.contained");

        MedicationRequest unknownSystem = FhirOrders.sertralineCapsules(clinic.patientId());
        FhirOrders.medication(unknownSystem).setForm(FhirOrders.concept("http://snomed.info/sct", "385055001"));
        assertInvalid(FhirOrders.post(token, unknownSystem), "MedicationRequest.contained[0].form.coding");

        MedicationRequest percent = FhirOrders.sertralineCapsules(clinic.patientId());
        FhirOrders.medication(percent).getIngredientFirstRep().setStrength(FhirOrders.ratio("37.5", "mg", "L"));
        assertInvalid(
                FhirOrders.post(token, percent),
                "MedicationRequest.contained[0].ingredient[0].strength.denominator.code");

        MedicationRequest negativeRefills = FhirOrders.sertralineCapsules(clinic.patientId());
        negativeRefills.getDispenseRequest().setNumberOfRepeatsAllowed(-1);
        assertInvalid(
                FhirOrders.post(token, negativeRefills), "MedicationRequest.dispenseRequest.numberOfRepeatsAllowed");

        MedicationRequest controlCharacter = FhirOrders.sertralineCapsules(clinic.patientId());
        controlCharacter.getDosageInstructionFirstRep().setText("Take 1 capsule" + (char) 7 + " by mouth once daily");
        assertInvalid(FhirOrders.post(token, controlCharacter), "MedicationRequest.dosageInstruction[0].text");

        MedicationRequest draft = FhirOrders.sertralineCapsules(clinic.patientId());
        draft.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
        assertInvalid(FhirOrders.post(token, draft), "MedicationRequest.status");
    }

    private static void assertInvalid(Response response, String expression) {
        response.then().statusCode(400).contentType(containsString("application/fhir+json"));
        OperationOutcome outcome = FhirOrders.outcome(response);
        assertTrue(FhirOrders.codes(outcome).stream().allMatch("INVALID_FIELD"::equals), response.asString());
        assertEquals(
                OperationOutcome.IssueType.INVALID, outcome.getIssueFirstRep().getCode());
        if (expression != null) {
            assertTrue(
                    outcome.getIssue().stream()
                            .anyMatch(issue -> issue.getExpression().stream()
                                    .anyMatch(e -> e.getValue().equals(expression))),
                    response.asString());
        }
    }

    @Test
    void plainJsonIsAcceptedAndOtherTypesAreNot() {
        Clinic clinic = Orders.clinic();
        String body = FhirOrders.json(FhirOrders.sertralineCapsules(clinic.patientId()));
        given().contentType("application/json")
                .auth()
                .oauth2(clinic.prescriberToken())
                .body(body)
                .post(FhirOrders.BASE + "/MedicationRequest")
                .then()
                .statusCode(201)
                .contentType(containsString("application/fhir+json"));
        Response wrongType = given().contentType("text/plain")
                .auth()
                .oauth2(clinic.prescriberToken())
                .body(body)
                .post(FhirOrders.BASE + "/MedicationRequest");
        wrongType.then().statusCode(415).contentType(containsString("application/fhir+json"));
        assertEquals(List.of("UNSUPPORTED_MEDIA_TYPE"), FhirOrders.codes(FhirOrders.outcome(wrongType)));
    }

    @Test
    void tokensAndRolesAreThoseOfTheRestApi() {
        Clinic clinic = Orders.clinic();
        String body = FhirOrders.json(FhirOrders.sertralineCapsules(clinic.patientId()));
        Response anonymous =
                given().contentType(FhirOrders.FHIR_JSON).body(body).post(FhirOrders.BASE + "/MedicationRequest");
        anonymous.then().statusCode(401).contentType(containsString("application/fhir+json"));
        assertEquals(List.of("UNAUTHENTICATED"), FhirOrders.codes(FhirOrders.outcome(anonymous)));
        assertEquals(
                OperationOutcome.IssueType.LOGIN,
                FhirOrders.outcome(anonymous).getIssueFirstRep().getCode());

        Response technician = FhirOrders.post(Api.tokenFor("TECHNICIAN"), body);
        technician.then().statusCode(403);
        assertEquals(List.of("FORBIDDEN"), FhirOrders.codes(FhirOrders.outcome(technician)));

        given().get(FhirOrders.BASE + "/MedicationRequest/1").then().statusCode(401);
    }

    @Test
    void anotherPrescribersOrderIsNotFound() {
        Clinic clinic = Orders.clinic();
        String id = FhirOrders.parse(
                        MedicationRequest.class,
                        FhirOrders.post(clinic.prescriberToken(), FhirOrders.sertralineCapsules(clinic.patientId()))
                                .then()
                                .statusCode(201)
                                .extract()
                                .asString())
                .getIdElement()
                .getIdPart();
        Clinic other = Orders.clinic();
        Response hidden = FhirOrders.as(other.prescriberToken()).get(FhirOrders.BASE + "/MedicationRequest/" + id);
        hidden.then().statusCode(404).contentType(containsString("application/fhir+json"));
        OperationOutcome outcome = FhirOrders.outcome(hidden);
        assertEquals(List.of("NOT_FOUND"), FhirOrders.codes(outcome));
        assertEquals(
                OperationOutcome.IssueType.NOTFOUND, outcome.getIssueFirstRep().getCode());

        for (String absent : List.of("999999999", "not-an-order")) {
            Response missing =
                    FhirOrders.as(clinic.prescriberToken()).get(FhirOrders.BASE + "/MedicationRequest/" + absent);
            missing.then().statusCode(404);
            assertEquals(List.of("NOT_FOUND"), FhirOrders.codes(FhirOrders.outcome(missing)));
        }
        // A technician sees every order.
        FhirOrders.as(Api.tokenFor("TECHNICIAN"))
                .get(FhirOrders.BASE + "/MedicationRequest/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void whatTheServerDoesNotOfferIsAnOperationOutcomeToo() {
        String token = Api.tokenFor("PHARMACIST");
        Response unknownType = FhirOrders.as(token).get(FhirOrders.BASE + "/Patient/1");
        unknownType.then().statusCode(404).contentType(containsString("application/fhir+json"));
        assertEquals(List.of("NOT_FOUND"), FhirOrders.codes(FhirOrders.outcome(unknownType)));
        Response delete = FhirOrders.as(token).delete(FhirOrders.BASE + "/MedicationRequest/1");
        delete.then().statusCode(405).contentType(containsString("application/fhir+json"));
        assertEquals(List.of("METHOD_NOT_ALLOWED"), FhirOrders.codes(FhirOrders.outcome(delete)));
    }

    @Test
    void theStatusFollowsTheOrder() {
        Clinic clinic = Orders.clinic();
        String pharmacist = Api.tokenFor("PHARMACIST");
        long cancelled = posted(clinic);
        Api.as(clinic.prescriberToken())
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "Patient changed their mind"))
                .post("/api/v1/orders/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        long onHold = posted(clinic);
        Api.as(pharmacist)
                .header("If-Match", "\"0\"")
                .body(Map.of("decision", "REQUEST_CHANGES", "reason", "Please confirm the strength"))
                .post("/api/v1/orders/" + onHold + "/review")
                .then()
                .statusCode(200);
        long rejected = posted(clinic);
        Api.as(pharmacist)
                .header("If-Match", "\"0\"")
                .body(Map.of("decision", "REJECT", "reason", "Not appropriate"))
                .post("/api/v1/orders/" + rejected + "/review")
                .then()
                .statusCode(200);
        long submitted = posted(clinic);
        assertEquals(
                MedicationRequest.MedicationRequestStatus.CANCELLED,
                read(pharmacist, cancelled).getStatus());
        assertEquals(
                MedicationRequest.MedicationRequestStatus.ONHOLD,
                read(pharmacist, onHold).getStatus());
        assertEquals(
                MedicationRequest.MedicationRequestStatus.CANCELLED,
                read(pharmacist, rejected).getStatus());
        assertEquals(
                MedicationRequest.MedicationRequestStatus.ACTIVE,
                read(pharmacist, submitted).getStatus());
        assertEquals("1", read(pharmacist, cancelled).getMeta().getVersionId());
    }

    @Test
    void theSearchByPatientIsASearchsetBundleOfTheCallersOrders() {
        Clinic clinic = Orders.clinic();
        long older = posted(clinic);
        long newer = posted(clinic);
        Response page = FhirOrders.as(clinic.prescriberToken())
                .queryParam("patient", "Patient/" + clinic.patientId())
                .queryParam("_count", 1)
                .get(FhirOrders.BASE + "/MedicationRequest");
        page.then().statusCode(200).contentType(containsString("application/fhir+json"));
        Bundle bundle = FhirOrders.parse(Bundle.class, page.asString());
        assertEquals(Bundle.BundleType.SEARCHSET, bundle.getType());
        assertEquals(2, bundle.getTotal());
        assertEquals(1, bundle.getEntry().size());
        Bundle.BundleEntryComponent entry = bundle.getEntryFirstRep();
        assertTrue(entry.getFullUrl().endsWith("/fhir/r4/MedicationRequest/" + newer), entry.getFullUrl());
        assertEquals(Bundle.SearchEntryMode.MATCH, entry.getSearch().getMode());
        assertEquals(String.valueOf(newer), entry.getResource().getIdElement().getIdPart());
        assertTrue(bundle.getLink("next").getUrl().contains("_page=1"));

        Bundle all = FhirOrders.parse(
                Bundle.class,
                FhirOrders.as(Api.tokenFor("PHARMACIST"))
                        .queryParam("patient", clinic.patientId())
                        .get(FhirOrders.BASE + "/MedicationRequest")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals(
                List.of(String.valueOf(newer), String.valueOf(older)),
                all.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart())
                        .toList());

        // Another prescriber finds none of them, even by the patient's id.
        Bundle none = FhirOrders.parse(
                Bundle.class,
                FhirOrders.as(Orders.clinic().prescriberToken())
                        .queryParam("patient", clinic.patientId())
                        .get(FhirOrders.BASE + "/MedicationRequest")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertEquals(0, none.getTotal());
        assertTrue(none.getEntry().isEmpty());

        Response unknownParameter = FhirOrders.as(clinic.prescriberToken())
                .queryParam("subject", clinic.patientId())
                .get(FhirOrders.BASE + "/MedicationRequest");
        unknownParameter.then().statusCode(400);
        assertEquals(List.of("INVALID_FIELD"), FhirOrders.codes(FhirOrders.outcome(unknownParameter)));
    }

    @Test
    void theCapabilityStatementNeedsNoToken() {
        Response response = given().get(FhirOrders.BASE + "/metadata");
        response.then().statusCode(200).contentType(containsString("application/fhir+json"));
        CapabilityStatement statement = FhirOrders.parse(CapabilityStatement.class, response.asString());
        assertEquals("4.0.1", statement.getFhirVersion().toCode());
        assertTrue(statement.getFormat().stream()
                .anyMatch(format -> format.getValue().equals("json")));
        var rest = statement.getRestFirstRep();
        assertEquals(CapabilityStatement.RestfulCapabilityMode.SERVER, rest.getMode());
        var resource = rest.getResourceFirstRep();
        assertEquals("MedicationRequest", resource.getType());
        assertEquals(
                Set.of("create", "read", "search-type", "vread"),
                new TreeSet<>(resource.getInteraction().stream()
                        .map(interaction -> interaction.getCode().toCode())
                        .toList()));
        assertEquals(
                Set.of("patient", "_count", "_page"),
                new TreeSet<>(resource.getSearchParam().stream()
                        .map(parameter -> parameter.getName())
                        .toList()));
        assertTrue(statement.getImplementation().hasDescription());
    }

    private static long posted(Clinic clinic) {
        return Long.parseLong(FhirOrders.parse(
                        MedicationRequest.class,
                        FhirOrders.post(clinic.prescriberToken(), FhirOrders.sertralineCapsules(clinic.patientId()))
                                .then()
                                .statusCode(201)
                                .extract()
                                .asString())
                .getIdElement()
                .getIdPart());
    }

    private static MedicationRequest read(String token, long id) {
        return FhirOrders.parse(
                MedicationRequest.class,
                FhirOrders.as(token)
                        .get(FhirOrders.BASE + "/MedicationRequest/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private static Set<String> codings(List<Coding> codings) {
        return new TreeSet<>(
                codings.stream().map(c -> c.getSystem() + "|" + c.getCode()).toList());
    }
}
