package org.triturate.fhir;

import static io.restassured.RestAssured.given;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.triturate.testing.Orders;

/**
 * MedicationRequests for the tests, built with HAPI's R4 model: the FHIR form of {@link Orders#sertralineCapsules}
 * (30 dye-free sertraline 37.5 mg capsules, one a day, 2 refills, custom strength, consent documented). Responses
 * are read back with HAPI's parser in strict mode, so that every answer is checked to be valid R4 JSON.
 */
final class FhirOrders {

    static final String BASE = "/fhir/r4";
    static final String FHIR_JSON = "application/fhir+json";
    static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirOrders() {}

    static MedicationRequest sertralineCapsules(long patientId) {
        Medication medication = new Medication();
        medication.setId("compound");
        medication.setForm(concept("urn:triturate:dosage-form", "CAPSULE"));
        medication
                .addIngredient()
                .setItem(concept("urn:triturate:ingredient", String.valueOf(Orders.SERTRALINE)))
                .setIsActive(true)
                .setStrength(ratio("37.5", "mg", "1"));
        medication
                .addIngredient()
                .setItem(concept("urn:triturate:allergen-class", "DYE"))
                .setIsActive(false);
        MedicationRequest request = new MedicationRequest();
        request.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.addContained(medication);
        request.setMedication(new Reference("#compound"));
        request.setSubject(new Reference("Patient/" + patientId));
        request.setAuthoredOnElement(new DateTimeType(LocalDate.now().toString()));
        request.addReasonCode(concept("urn:triturate:rationale", "CUSTOM_STRENGTH"));
        request.addNote(new Annotation().setText("Cannot tolerate the step from 25 mg to 50 mg"));
        Dosage dosage = request.addDosageInstruction().setText("Take 1 capsule by mouth once daily");
        dosage.setTiming(new Timing()
                .setRepeat(new Timing.TimingRepeatComponent()
                        .setFrequency(1)
                        .setPeriod(1)
                        .setPeriodUnit(Timing.UnitsOfTime.D)));
        dosage.addDoseAndRate().setDose(quantity("1", "1"));
        request.getDispenseRequest()
                .setQuantity(quantity("30", "1"))
                .setNumberOfRepeatsAllowed(2)
                .setExpectedSupplyDuration((Duration) new Duration()
                        .setValue(30)
                        .setUnit("d")
                        .setSystem("http://unitsofmeasure.org")
                        .setCode("d"));
        Extension consent = request.addExtension().setUrl("urn:triturate:informed-consent");
        consent.addExtension("obtained", new BooleanType(true));
        consent.addExtension("alternativesDiscussed", new BooleanType(true));
        consent.addExtension("date", new DateType(LocalDate.now().minusDays(1).toString()));
        request.addExtension(
                "urn:triturate:reassess-by",
                new DateType(LocalDate.now().plusDays(60).toString()));
        return request;
    }

    static Medication medication(MedicationRequest request) {
        return (Medication) request.getContained().get(0);
    }

    static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }

    static Quantity quantity(String value, String code) {
        return new Quantity()
                .setValue(new BigDecimal(value))
                .setUnit(code)
                .setSystem("http://unitsofmeasure.org")
                .setCode(code);
    }

    static Ratio ratio(String value, String unit, String per) {
        return new Ratio().setNumerator(quantity(value, unit)).setDenominator(quantity("1", per));
    }

    static String json(IBaseResource resource) {
        return CONTEXT.newJsonParser().encodeResourceToString(resource);
    }

    static <T extends IBaseResource> T parse(Class<T> type, String json) {
        return strictParser().parseResource(type, json);
    }

    static IParser strictParser() {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static RequestSpecification as(String token) {
        return given().contentType(FHIR_JSON).accept(FHIR_JSON).auth().oauth2(token);
    }

    static Response post(String token, String body) {
        return as(token).body(body).post(BASE + "/MedicationRequest");
    }

    static Response post(String token, MedicationRequest request) {
        return post(token, json(request));
    }

    /** The OperationOutcome of a refused request, read strictly. */
    static OperationOutcome outcome(Response response) {
        return parse(OperationOutcome.class, response.asString());
    }

    /** The rule codes of an OperationOutcome's issues (details.coding[0] in urn:triturate:rule). */
    static java.util.List<String> codes(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .map(issue -> {
                    Coding coding = issue.getDetails().getCodingFirstRep();
                    if (!"urn:triturate:rule".equals(coding.getSystem())) {
                        throw new AssertionError("issue without a rule coding: " + coding.getSystem());
                    }
                    return coding.getCode();
                })
                .toList();
    }
}
