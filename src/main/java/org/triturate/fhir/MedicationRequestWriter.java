package org.triturate.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.triturate.catalog.AllergenClass;
import org.triturate.common.quantity.Unit;
import org.triturate.order.OrderStatus;
import org.triturate.order.OrderView;
import org.triturate.order.RationaleCategory;

/**
 * An order as a FHIR R4 MedicationRequest, the mapping {@link MedicationRequestReader} reads, so that what is posted
 * and read back describes the same order (docs/fhir.md). Besides what a submission holds it shows what the pharmacy
 * made of it: the id and version, the order number, the status, and the effective exclusions (the patient's
 * allergen classes included).
 */
public final class MedicationRequestWriter {

    private MedicationRequestWriter() {}

    /** The FHIR status of an order in {@code status}. */
    public static MedicationRequestStatus status(OrderStatus status) {
        return switch (status) {
            case SUBMITTED, APPROVED, COMPOUNDED, VERIFIED -> MedicationRequestStatus.ACTIVE;
            case DISPENSED -> MedicationRequestStatus.COMPLETED;
            case CANCELLED, REJECTED -> MedicationRequestStatus.CANCELLED;
            case CHANGES_REQUESTED -> MedicationRequestStatus.ONHOLD;
        };
    }

    /** {@code rxnormCodes}: the RxNorm code of each of the order's ingredients that has one, by ingredient id. */
    public static MedicationRequest of(OrderView order, Map<Long, String> rxnormCodes) {
        MedicationRequest request = new MedicationRequest();
        request.setId(String.valueOf(order.id()));
        request.getMeta().setVersionId(String.valueOf(order.version()));
        request.addIdentifier(new Identifier()
                .setUse(Identifier.IdentifierUse.OFFICIAL)
                .setSystem(FhirSystems.ORDER_NUMBER)
                .setValue(order.number()));
        request.setStatus(status(order.status()));
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        Medication medication = medication(order, rxnormCodes);
        request.addContained(medication);
        request.setMedication(new Reference("#" + FhirSystems.MEDICATION_ID));
        request.setSubject(new Reference("Patient/" + order.patientId()));
        request.setRequester(new Reference("Practitioner/" + order.prescriberId()));
        request.setAuthoredOnElement(new DateTimeType(order.writtenOn().toString()));
        for (RationaleCategory category : order.clinicalRationale().categories()) {
            request.addReasonCode(concept(FhirSystems.RATIONALE, category.name()));
        }
        if (order.clinicalRationale().text() != null) {
            request.addNote(new Annotation().setText(order.clinicalRationale().text()));
        }
        request.addDosageInstruction(dosage(order));
        request.setDispenseRequest(dispense(order));
        request.addExtension(consent(order.informedConsent()));
        if (order.receivedVia() != null) {
            request.addExtension(
                    FhirSystems.RECEIVED_VIA, new CodeType(order.receivedVia().name()));
        }
        request.addExtension(
                FhirSystems.RELEASE_TYPE, new CodeType(order.releaseType().name()));
        request.addExtension(
                FhirSystems.REASSESS_BY, new DateType(order.reassessBy().toString()));
        return request;
    }

    private static Medication medication(OrderView order, Map<Long, String> rxnormCodes) {
        Medication medication = new Medication();
        medication.setId(FhirSystems.MEDICATION_ID);
        medication.setForm(concept(FhirSystems.DOSAGE_FORM, order.dosageForm().name()));
        for (OrderView.ActiveView active : order.actives()) {
            CodeableConcept item = concept(FhirSystems.INGREDIENT, String.valueOf(active.ingredientId()));
            String rxnorm = rxnormCodes.get(active.ingredientId());
            if (rxnorm != null) {
                item.addCoding(new Coding(FhirSystems.RXNORM, rxnorm, null));
            }
            medication.addIngredient().setItem(item).setIsActive(true).setStrength(strength(active.strength()));
        }
        for (AllergenClass excluded : order.excludedAllergens()) {
            medication
                    .addIngredient()
                    .setItem(concept(FhirSystems.ALLERGEN_CLASS, excluded.name()))
                    .setIsActive(false);
        }
        return medication;
    }

    /** mg per 1 (unit forms), mg or ug per mL, mg per g. */
    private static Ratio strength(org.triturate.common.quantity.Quantity strength) {
        Unit unit = strength.unit();
        Unit numerator;
        String denominator;
        switch (unit) {
            case MG_PER_ML -> {
                numerator = Unit.MG;
                denominator = Unit.ML.code();
            }
            case UG_PER_ML -> {
                numerator = Unit.UG;
                denominator = Unit.ML.code();
            }
            case MG_PER_G -> {
                numerator = Unit.MG;
                denominator = Unit.G.code();
            }
            default -> {
                numerator = unit;
                denominator = FhirQuantities.UNITY;
            }
        }
        return new Ratio()
                .setNumerator(
                        FhirQuantities.of(new org.triturate.common.quantity.Quantity(strength.value(), numerator)))
                .setDenominator(new org.hl7.fhir.r4.model.Quantity()
                        .setValue(1)
                        .setUnit(denominator)
                        .setSystem(FhirSystems.UCUM)
                        .setCode(denominator));
    }

    private static Dosage dosage(OrderView order) {
        Dosage dosage = new Dosage().setText(order.directions());
        dosage.setTiming(new Timing()
                .setRepeat(new Timing.TimingRepeatComponent()
                        .setFrequency(order.dose().timesPerDay())
                        .setPeriod(1)
                        .setPeriodUnit(Timing.UnitsOfTime.D)));
        dosage.addDoseAndRate().setDose(FhirQuantities.of(order.dose().amount()));
        return dosage;
    }

    private static MedicationRequest.MedicationRequestDispenseRequestComponent dispense(OrderView order) {
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense =
                new MedicationRequest.MedicationRequestDispenseRequestComponent()
                        .setQuantity(FhirQuantities.of(order.quantity()))
                        .setNumberOfRepeatsAllowed(order.refills());
        if (order.daysSupply() != null) {
            dispense.setExpectedSupplyDuration((Duration) new Duration()
                    .setValue(order.daysSupply())
                    .setUnit("d")
                    .setSystem(FhirSystems.UCUM)
                    .setCode("d"));
        }
        return dispense;
    }

    private static Extension consent(OrderView.ConsentView consent) {
        Extension extension = new Extension(FhirSystems.INFORMED_CONSENT);
        extension.addExtension("obtained", new BooleanType(consent.obtained()));
        extension.addExtension("alternativesDiscussed", new BooleanType(consent.alternativesDiscussed()));
        if (consent.date() != null) {
            extension.addExtension("date", new DateType(consent.date().toString()));
        }
        return extension;
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }
}
