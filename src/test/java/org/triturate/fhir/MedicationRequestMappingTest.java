package org.triturate.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Problems;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.order.OrderContent;
import org.triturate.order.OrderStatus;
import org.triturate.order.RationaleCategory;
import org.triturate.order.ReceivedVia;
import org.triturate.order.Submission;

/** The FHIR mapping of an order, without a database: each element both ways, statuses, errors. */
class MedicationRequestMappingTest {

    private static final long PATIENT = 5;
    private static final long PRESCRIBER = 2;
    private static final String NPI = "1234567893";

    /** Sertraline carries RxNorm 36437; the prescriber 2 has the NPI above. */
    private static final MedicationRequestReader.Registry REGISTRY = new MedicationRequestReader.Registry() {
        @Override
        public Optional<Long> ingredientByRxnorm(String rxnormCode) {
            return rxnormCode.equals("36437") ? Optional.of(1L) : Optional.empty();
        }

        @Override
        public Optional<Long> prescriberByNpi(String npi) {
            return npi.equals(NPI) ? Optional.of(PRESCRIBER) : Optional.empty();
        }

        @Override
        public boolean isValidNpi(String npi) {
            return npi != null && npi.matches("[12][0-9]{9}") && !npi.equals("1234567890");
        }
    };

    private static Submission read(MedicationRequest request) {
        return MedicationRequestReader.read(request, REGISTRY, false);
    }

    @Test
    void everyElementOfTheExampleBecomesItsOrderField() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        request.setRequester(new Reference("Practitioner/" + PRESCRIBER));
        request.addExtension(FhirSystems.RELEASE_TYPE, new CodeType("EXTENDED"));
        Submission submission = read(request);
        OrderContent content = submission.content();
        assertEquals(PATIENT, submission.patientId());
        assertEquals(PRESCRIBER, submission.prescriberId());
        assertNull(submission.receivedVia(), "a prescriber's own order says no channel, as on /api/v1/orders");
        assertEquals(DosageForm.CAPSULE, content.dosageForm());
        assertEquals(ReleaseType.EXTENDED, content.releaseType());
        assertEquals(List.of(new OrderContent.Active(1L, Quantity.of("37.5", Unit.MG))), content.actives());
        assertEquals(Set.of(AllergenClass.DYE), content.excludedAllergens());
        assertEquals(Quantity.of("30", Unit.UNIT), content.quantity());
        assertEquals(Quantity.of("1", Unit.UNIT), content.doseAmount());
        assertEquals(1, content.timesPerDay());
        assertEquals("Take 1 capsule by mouth once daily", content.directions());
        assertEquals(30, content.daysSupply());
        assertEquals(2, content.refills());
        assertEquals(Set.of(RationaleCategory.CUSTOM_STRENGTH), content.rationaleCategories());
        assertEquals("Cannot tolerate the step from 25 mg to 50 mg", content.rationaleText());
        assertEquals(new OrderContent.Consent(true, true, LocalDate.now().minusDays(1)), content.consent());
        assertEquals(LocalDate.now().plusDays(60), content.reassessBy());
        assertEquals(LocalDate.now(), content.writtenOn());
    }

    @Test
    void whatARuleJudgesIsLeftToTheRules() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        request.setSubject(null);
        request.getReasonCode().clear();
        request.getNote().clear();
        request.getExtension().clear();
        Submission submission = read(request);
        assertNull(submission.patientId());
        assertTrue(submission.content().rationaleCategories().isEmpty());
        assertNull(submission.content().rationaleText());
        assertNull(submission.content().consent());
    }

    @Test
    void aPharmacistsOrderIsElectronicUnlessItSaysOtherwise() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        assertEquals(
                ReceivedVia.ELECTRONIC,
                MedicationRequestReader.read(request, REGISTRY, true).receivedVia());
        request.addExtension(FhirSystems.RECEIVED_VIA, new CodeType("PHONE"));
        assertEquals(
                ReceivedVia.PHONE,
                MedicationRequestReader.read(request, REGISTRY, true).receivedVia());
    }

    @Test
    void anRxnormCodingResolvesThroughTheCatalog() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        FhirOrders.medication(request).getIngredientFirstRep().setItem(FhirOrders.concept(FhirSystems.RXNORM, "36437"));
        assertEquals(1L, read(request).content().actives().get(0).ingredientId());

        // Both codings, naming the same ingredient: fine; naming different ones: a contradiction.
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .getItemCodeableConcept()
                .addCoding(new Coding(FhirSystems.INGREDIENT, "1", null));
        assertEquals(1L, read(request).content().actives().get(0).ingredientId());
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .getItemCodeableConcept()
                .getCoding()
                .get(1)
                .setCode("4");
        assertInvalid(request, "MedicationRequest.contained[0].ingredient[0].itemCodeableConcept.coding");

        // A code the catalog does not carry names no ingredient: INGREDIENT_NOT_FOUND from the rules.
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .setItem(FhirOrders.concept(FhirSystems.RXNORM, "999999999"));
        assertNull(read(request).content().actives().get(0).ingredientId());
    }

    @Test
    void theRequesterMayBeGivenByItsNpi() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        request.setRequester(new Reference()
                .setIdentifier(new Identifier().setSystem(FhirSystems.NPI).setValue(NPI)));
        assertEquals(PRESCRIBER, read(request).prescriberId());

        request.getRequester().getIdentifier().setValue("1999999992");
        assertEquals(
                ErrorCode.PRESCRIBER_NOT_FOUND,
                assertThrows(ApiException.class, () -> read(request))
                        .violations()
                        .get(0)
                        .code());
        request.getRequester().getIdentifier().setValue("1234567890");
        assertEquals(
                ErrorCode.INVALID_NPI,
                assertThrows(ApiException.class, () -> read(request))
                        .violations()
                        .get(0)
                        .code());
    }

    @ParameterizedTest
    @CsvSource({
        "ORAL_SOLUTION, 5, mg, mL, 5 mg/mL",
        "ORAL_SUSPENSION, 250, ug, mL, 250 ug/mL",
        "TOPICAL_CREAM, 10, mg, g, 10 mg/g",
        "TROCHE, 250, ug, 1, 250 ug"
    })
    void aStrengthIsARatioOfOurUnits(String form, String value, String numerator, String denominator, String strength) {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        FhirOrders.medication(request).setForm(FhirOrders.concept(FhirSystems.DOSAGE_FORM, form));
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .setStrength(FhirOrders.ratio(value, numerator, denominator));
        assertEquals(
                strength, read(request).content().actives().get(0).strength().toString());
    }

    @ParameterizedTest
    @CsvSource({
        "g, mL, contained[0].ingredient[0].strength",
        "mg, L, contained[0].ingredient[0].strength.denominator.code",
        "mg/mL, 1, contained[0].ingredient[0].strength",
        "[ppm], 1, contained[0].ingredient[0].strength.numerator.code"
    })
    void aStrengthThatIsNoneOfOursIsRefused(String numerator, String denominator, String path) {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .setStrength(FhirOrders.ratio("5", numerator, denominator));
        assertInvalid(request, "MedicationRequest." + path);
    }

    @Test
    void aDenominatorOtherThanOneIsRefused() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        FhirOrders.medication(request)
                .getIngredientFirstRep()
                .getStrength()
                .getDenominator()
                .setValue(5);
        assertInvalid(request, "MedicationRequest.contained[0].ingredient[0].strength.denominator.value");
    }

    @Test
    void whatNoOrderFieldHoldsIsRefusedNotDropped() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        request.setPriority(MedicationRequest.MedicationRequestPriority.URGENT);
        request.addExtension("urn:example:colour", new CodeType("blue"));
        request.addDosageInstruction().setText("A second instruction");
        ApiException refused = assertThrows(ApiException.class, () -> read(request));
        assertEquals(
                Set.of(
                        "MedicationRequest.priority",
                        "MedicationRequest.extension[2].url",
                        "MedicationRequest.dosageInstruction"),
                Set.copyOf(refused.violations().stream().map(Violation::field).toList()));
    }

    @Test
    void aDecimalBeyondWhatTheDatabaseStoresIsRefused() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        request.getDispenseRequest().getQuantity().setValue(new BigDecimal("1.1234567"));
        assertInvalid(request, "MedicationRequest.dispenseRequest.quantity.value");
    }

    @ParameterizedTest
    @CsvSource({
        "SUBMITTED, active",
        "APPROVED, active",
        "COMPOUNDED, active",
        "VERIFIED, active",
        "DISPENSED, completed",
        "CANCELLED, cancelled",
        "REJECTED, cancelled",
        "CHANGES_REQUESTED, on-hold"
    })
    void everyOrderStatusHasItsFhirStatus(OrderStatus status, String fhirStatus) {
        assertEquals(MedicationRequestStatus.fromCode(fhirStatus), MedicationRequestWriter.status(status));
    }

    @Test
    void everyOrderStatusIsMapped() {
        for (OrderStatus status : OrderStatus.values()) {
            assertTrue(MedicationRequestWriter.status(status) != null, status.name());
        }
    }

    @Test
    void aProblemBecomesAnOperationOutcomeWithOneIssuePerViolation() {
        OperationOutcome outcome = OperationOutcomes.of(Problems.of(
                422,
                List.of(
                        Violation.ofField(ErrorCode.RATIONALE_REQUIRED, "clinicalRationale", "No rationale"),
                        Violation.ofField(
                                ErrorCode.INGREDIENT_NOT_FOUND,
                                "MedicationRequest.contained[0].ingredient[0]",
                                "No such ingredient")),
                "/fhir/r4/MedicationRequest",
                null));
        assertEquals(2, outcome.getIssue().size());
        OperationOutcome.OperationOutcomeIssueComponent first =
                outcome.getIssue().get(0);
        assertEquals(OperationOutcome.IssueSeverity.ERROR, first.getSeverity());
        assertEquals(OperationOutcome.IssueType.PROCESSING, first.getCode());
        assertEquals(FhirSystems.RULE, first.getDetails().getCodingFirstRep().getSystem());
        assertEquals(
                "RATIONALE_REQUIRED", first.getDetails().getCodingFirstRep().getCode());
        assertEquals("Order field clinicalRationale", first.getDiagnostics());
        assertEquals(
                "MedicationRequest.contained[0].ingredient[0]",
                outcome.getIssue().get(1).getExpression().get(0).getValue());
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID_FIELD, invalid",
        "UNAUTHENTICATED, login",
        "FORBIDDEN, forbidden",
        "NOT_FOUND, not-found",
        "UNSUPPORTED_MEDIA_TYPE, not-supported",
        "VERSION_CONFLICT, conflict",
        "CONSENT_NOT_DOCUMENTED, processing",
        "INTERNAL_ERROR, exception",
        "SERVICE_UNAVAILABLE, transient"
    })
    void eachStatusHasItsIssueType(ErrorCode code, String issueType) {
        assertEquals(OperationOutcome.IssueType.fromCode(issueType), OperationOutcomes.issueType(code));
    }

    @Test
    void theWrittenResourceIsReadAsTheSameSubmission() {
        MedicationRequest request = FhirOrders.sertralineCapsules(PATIENT);
        Submission first = read(request);
        // Parsed from its own JSON, strictly, the example maps the same way.
        Submission again = read(FhirOrders.parse(MedicationRequest.class, FhirOrders.json(request)));
        assertEquals(first, again);
    }

    private static void assertInvalid(MedicationRequest request, String field) {
        ApiException refused = assertThrows(ApiException.class, () -> read(request));
        assertEquals(400, refused.status());
        assertTrue(
                refused.violations().stream().anyMatch(violation -> field.equals(violation.field())),
                refused.violations().toString());
    }
}
