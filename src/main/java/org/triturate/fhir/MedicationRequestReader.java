package org.triturate.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.json.StorableDates;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.text.FreeText;
import org.triturate.order.OrderContent;
import org.triturate.order.RationaleCategory;
import org.triturate.order.ReceivedVia;
import org.triturate.order.Submission;

/**
 * A FHIR R4 MedicationRequest read as an order submission (docs/fhir.md, "Mapping"). What the mapping cannot
 * express as an order (a second Medication, a coding in a system we do not know, an element we do not map, a
 * strength that is no ratio of ours) is refused with every such fault at once, 400 INVALID_FIELD with the FHIR path;
 * what an order rule judges (no patient, no rationale, no consent, an unknown ingredient) is left to the intake
 * rules, so that an order coming in as FHIR goes through exactly the checks of one posted to /api/v1/orders.
 */
public final class MedicationRequestReader {

    private static final String ROOT = "MedicationRequest";
    private static final String MEDICATION = ROOT + ".contained[0]";
    private static final String DOSAGE = ROOT + ".dosageInstruction[0]";
    private static final String DISPENSE = ROOT + ".dispenseRequest";
    private static final String PATIENT_PREFIX = "Patient/";
    private static final String PRACTITIONER_PREFIX = "Practitioner/";
    private static final int MAX_ACTIVES = 10;
    private static final int MAX_TIMES_PER_DAY = 24;
    private static final int MAX_DAYS_SUPPLY = 366;
    private static final int MAX_REFILLS = 99;
    private static final int MAX_DIRECTIONS = 1000;
    private static final int MAX_RATIONALE_TEXT = 2000;

    /** What the mapping looks up in the registries: an RxNorm-coded ingredient, a prescriber by NPI. */
    public interface Registry {

        /** Our ingredient carrying this RxNorm code, if any. */
        Optional<Long> ingredientByRxnorm(String rxnormCode);

        /** The prescriber with this NPI, if any. */
        Optional<Long> prescriberByNpi(String npi);

        /** Whether the NPI is well formed (ten digits, check digit). */
        boolean isValidNpi(String npi);
    }

    private final Registry registry;
    private final List<Violation> violations = new ArrayList<>();

    private MedicationRequestReader(Registry registry) {
        this.registry = registry;
    }

    /**
     * The submission {@code request} asks for. {@code transcribing}: the caller is a pharmacist, whose order says how
     * it was received (ELECTRONIC unless the received-via extension says otherwise).
     *
     * @throws ApiException 400 with every fault of the mapping; 400 INVALID_NPI or 422 PRESCRIBER_NOT_FOUND for a
     *     requester given by an NPI that is malformed or names no prescriber
     */
    public static Submission read(MedicationRequest request, Registry registry, boolean transcribing) {
        return new MedicationRequestReader(registry).submission(request, transcribing);
    }

    private Submission submission(MedicationRequest request, boolean transcribing) {
        refuseUnmapped(request);
        requireCode(ROOT + ".status", request.hasStatus() ? request.getStatus().toCode() : null, "active");
        requireCode(ROOT + ".intent", request.hasIntent() ? request.getIntent().toCode() : null, "order");
        Long patientId = patient(request);
        Long prescriberId = prescriber(request);
        Extensions extensions = extensions(request);
        Medication medication = medication(request);
        DosageForm form = medication == null ? null : dosageForm(medication);
        List<OrderContent.Active> actives = new ArrayList<>();
        Set<AllergenClass> exclusions = EnumSet.noneOf(AllergenClass.class);
        if (medication != null) {
            ingredients(medication, actives, exclusions);
        }
        Dosage dosage = dosage(request);
        Quantity doseAmount = null;
        Integer timesPerDay = null;
        String directions = null;
        if (dosage != null) {
            directions = directions(dosage);
            timesPerDay = timesPerDay(dosage);
            doseAmount = doseAmount(dosage);
        }
        Quantity quantity = null;
        Integer daysSupply = null;
        int refills = 0;
        if (request.hasDispenseRequest()) {
            MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
            quantity = dispense.hasQuantity()
                    ? FhirQuantities.read(dispense.getQuantity(), DISPENSE + ".quantity", violations)
                            .orElse(null)
                    : missing(DISPENSE + ".quantity", "The quantity to dispense is required");
            daysSupply = daysSupply(dispense);
            refills = refills(dispense);
        } else {
            missing(DISPENSE, "dispenseRequest with the quantity to dispense is required");
        }
        LocalDate writtenOn = request.hasAuthoredOn()
                ? date(ROOT + ".authoredOn", request.getAuthoredOnElement().getValueAsString())
                : null;
        Set<RationaleCategory> categories = rationaleCategories(request);
        String rationaleText = rationaleText(request);
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
        ReceivedVia receivedVia =
                extensions.receivedVia != null ? extensions.receivedVia : transcribing ? ReceivedVia.ELECTRONIC : null;
        return new Submission(
                patientId,
                prescriberId,
                receivedVia,
                new OrderContent(
                        form,
                        extensions.releaseType,
                        actives,
                        exclusions,
                        quantity,
                        doseAmount,
                        timesPerDay,
                        directions,
                        daysSupply,
                        refills,
                        categories,
                        rationaleText,
                        extensions.consent,
                        extensions.reassessBy,
                        writtenOn));
    }

    /** Elements a MedicationRequest may carry that no order field holds: refused rather than dropped. */
    private void refuseUnmapped(MedicationRequest request) {
        refuseIf(request.hasModifierExtension(), ROOT + ".modifierExtension");
        refuseIf(request.hasStatusReason(), ROOT + ".statusReason");
        refuseIf(request.hasCategory(), ROOT + ".category");
        refuseIf(request.hasPriority(), ROOT + ".priority");
        refuseIf(request.hasDoNotPerform(), ROOT + ".doNotPerform");
        refuseIf(request.hasReported(), ROOT + ".reported[x]");
        refuseIf(request.hasMedicationCodeableConcept(), ROOT + ".medicationCodeableConcept");
        refuseIf(request.hasEncounter(), ROOT + ".encounter");
        refuseIf(request.hasSupportingInformation(), ROOT + ".supportingInformation");
        refuseIf(request.hasPerformer(), ROOT + ".performer");
        refuseIf(request.hasPerformerType(), ROOT + ".performerType");
        refuseIf(request.hasRecorder(), ROOT + ".recorder");
        refuseIf(request.hasReasonReference(), ROOT + ".reasonReference");
        refuseIf(request.hasInstantiatesCanonical(), ROOT + ".instantiatesCanonical");
        refuseIf(request.hasInstantiatesUri(), ROOT + ".instantiatesUri");
        refuseIf(request.hasBasedOn(), ROOT + ".basedOn");
        refuseIf(request.hasGroupIdentifier(), ROOT + ".groupIdentifier");
        refuseIf(request.hasCourseOfTherapyType(), ROOT + ".courseOfTherapyType");
        refuseIf(request.hasInsurance(), ROOT + ".insurance");
        refuseIf(request.hasSubstitution(), ROOT + ".substitution");
        refuseIf(request.hasPriorPrescription(), ROOT + ".priorPrescription");
        refuseIf(request.hasDetectedIssue(), ROOT + ".detectedIssue");
        refuseIf(request.hasEventHistory(), ROOT + ".eventHistory");
        refuseIf(request.getNote().size() > 1, ROOT + ".note[1]");
    }

    private void refuseIf(boolean present, String path) {
        if (present) {
            violations.add(Violation.invalidField(path, "Not part of a compounding order; leave it out"));
        }
    }

    private void requireCode(String path, String code, String expected) {
        if (!expected.equals(code)) {
            violations.add(Violation.invalidField(path, "A new order is " + expected));
        }
    }

    private <T> T missing(String path, String message) {
        violations.add(Violation.invalidField(path, message));
        return null;
    }

    private Long patient(MedicationRequest request) {
        if (!request.hasSubject()) {
            // The intake rules answer PATIENT_NOT_FOUND, as for an order without a patientId.
            return null;
        }
        return id(request.getSubject(), PATIENT_PREFIX, ROOT + ".subject.reference");
    }

    private Long prescriber(MedicationRequest request) {
        if (!request.hasRequester()) {
            return null;
        }
        Reference requester = request.getRequester();
        if (requester.hasReference()) {
            refuseIf(requester.hasIdentifier(), ROOT + ".requester.identifier");
            return id(requester, PRACTITIONER_PREFIX, ROOT + ".requester.reference");
        }
        if (!requester.hasIdentifier()) {
            return missing(ROOT + ".requester", "A Practitioner reference or an NPI identifier is required");
        }
        String path = ROOT + ".requester.identifier";
        if (!FhirSystems.NPI.equals(requester.getIdentifier().getSystem())) {
            return missing(path + ".system", "The requester's identifier is its NPI (" + FhirSystems.NPI + ")");
        }
        String npi = requester.getIdentifier().getValue();
        if (!registry.isValidNpi(npi)) {
            throw new ApiException(ErrorCode.INVALID_NPI, path + ".value", "Not a valid NPI");
        }
        return registry.prescriberByNpi(npi)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.PRESCRIBER_NOT_FOUND, path + ".value", "No prescriber with this NPI"));
    }

    /** The id of a {@code <Type>/<id>} reference. */
    private Long id(Reference reference, String prefix, String path) {
        String value = reference.getReference();
        if (value == null || !value.startsWith(prefix)) {
            return missing(path, "Expected " + prefix + "<id>");
        }
        return positiveId(value.substring(prefix.length()), path);
    }

    private Long positiveId(String text, String path) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return missing(path, "Expected a positive numeric id");
    }

    private Extensions extensions(MedicationRequest request) {
        Extensions found = new Extensions();
        for (int i = 0; i < request.getExtension().size(); i++) {
            Extension extension = request.getExtension().get(i);
            String path = ROOT + ".extension[" + i + "]";
            switch (String.valueOf(extension.getUrl())) {
                case FhirSystems.INFORMED_CONSENT -> found.consent = consent(extension, path);
                case FhirSystems.RECEIVED_VIA -> found.receivedVia = codeValue(extension, path, ReceivedVia.class);
                case FhirSystems.RELEASE_TYPE -> found.releaseType = codeValue(extension, path, ReleaseType.class);
                case FhirSystems.REASSESS_BY -> found.reassessBy = dateValue(extension, path);
                default -> violations.add(Violation.invalidField(path + ".url", "Unknown extension"));
            }
        }
        return found;
    }

    /** The extensions of a MedicationRequest that hold order fields. */
    private static final class Extensions {
        OrderContent.Consent consent;
        ReceivedVia receivedVia;
        ReleaseType releaseType;
        LocalDate reassessBy;
    }

    private OrderContent.Consent consent(Extension consent, String path) {
        if (consent.hasValue()) {
            violations.add(Violation.invalidField(path + ".value[x]", "Informed consent is told by sub-extensions"));
        }
        Boolean obtained = null;
        Boolean alternativesDiscussed = null;
        LocalDate date = null;
        for (int i = 0; i < consent.getExtension().size(); i++) {
            Extension part = consent.getExtension().get(i);
            String partPath = path + ".extension[" + i + "]";
            switch (String.valueOf(part.getUrl())) {
                case "obtained" -> obtained = booleanValue(part, partPath);
                case "alternativesDiscussed" -> alternativesDiscussed = booleanValue(part, partPath);
                case "date" -> date = dateValue(part, partPath);
                default ->
                    violations.add(Violation.invalidField(
                            partPath + ".url", "Expected obtained, alternativesDiscussed or date"));
            }
        }
        return new OrderContent.Consent(obtained, alternativesDiscussed, date);
    }

    private Boolean booleanValue(Extension extension, String path) {
        if (extension.getValue() instanceof BooleanType value && value.hasValue()) {
            return value.getValue();
        }
        return missing(path + ".valueBoolean", "Expected valueBoolean");
    }

    private LocalDate dateValue(Extension extension, String path) {
        if (extension.getValue() instanceof DateType value && value.hasValue()) {
            return date(path + ".valueDate", value.getValueAsString());
        }
        return missing(path + ".valueDate", "Expected valueDate");
    }

    private <E extends Enum<E>> E codeValue(Extension extension, String path, Class<E> type) {
        if (extension.getValue() instanceof CodeType value && value.hasValue()) {
            return enumValue(value.getValue(), type, path + ".valueCode");
        }
        return missing(path + ".valueCode", "Expected valueCode");
    }

    private <E extends Enum<E>> E enumValue(String code, Class<E> type, String path) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        return missing(path, "Expected one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** A full date (YYYY-MM-DD): an order's dates are days, never a year or a month alone. */
    private LocalDate date(String path, String text) {
        try {
            LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return StorableDates.storable(date) ? date : missing(path, "Must be " + StorableDates.RANGE);
        } catch (DateTimeParseException | NullPointerException e) {
            return missing(path, "Expected a full date, YYYY-MM-DD");
        }
    }

    /** Free text as the REST API takes it: clean (FreeText), within its length; none when absent. */
    private String text(String path, String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (!FreeText.isClean(text)) {
            return missing(path, "Text " + FreeText.CLEAN_TEXT);
        }
        return text.length() > maxLength ? missing(path, "At most " + maxLength + " characters") : text;
    }

    /** The one contained Medication that medicationReference names. */
    private Medication medication(MedicationRequest request) {
        List<Resource> contained = request.getContained();
        if (contained.size() != 1 || !(contained.get(0) instanceof Medication medication)) {
            return missing(
                    ROOT + ".contained", "Exactly one contained Medication is expected, the compounded preparation");
        }
        String id = localId(medication.getIdElement().getIdPart());
        Reference reference = request.hasMedicationReference() ? request.getMedicationReference() : null;
        if (reference == null || !("#" + id).equals(reference.getReference())) {
            return missing(ROOT + ".medicationReference.reference", "Expected #" + id + ", the contained Medication");
        }
        refuseIf(medication.hasCode(), MEDICATION + ".code");
        refuseIf(medication.hasStatus(), MEDICATION + ".status");
        refuseIf(medication.hasManufacturer(), MEDICATION + ".manufacturer");
        refuseIf(medication.hasAmount(), MEDICATION + ".amount");
        refuseIf(medication.hasBatch(), MEDICATION + ".batch");
        refuseIf(medication.hasExtension(), MEDICATION + ".extension");
        refuseIf(medication.hasModifierExtension(), MEDICATION + ".modifierExtension");
        return medication;
    }

    private static String localId(String id) {
        return id != null && id.startsWith("#") ? id.substring(1) : String.valueOf(id);
    }

    private DosageForm dosageForm(Medication medication) {
        String path = MEDICATION + ".form";
        if (!medication.hasForm()) {
            return missing(path, "The dosage form is required");
        }
        Coding coding = single(medication.getForm(), path, FhirSystems.DOSAGE_FORM);
        return coding == null ? null : enumValue(coding.getCode(), DosageForm.class, path + ".coding[0].code");
    }

    /** The one coding of a concept, in {@code system}; null with a violation otherwise. */
    private Coding single(CodeableConcept concept, String path, String system) {
        if (concept.getCoding().size() != 1
                || !system.equals(concept.getCodingFirstRep().getSystem())) {
            return missing(path + ".coding", "Expected one coding in " + system);
        }
        return concept.getCodingFirstRep();
    }

    private void ingredients(Medication medication, List<OrderContent.Active> actives, Set<AllergenClass> exclusions) {
        List<Medication.MedicationIngredientComponent> ingredients = medication.getIngredient();
        for (int i = 0; i < ingredients.size(); i++) {
            Medication.MedicationIngredientComponent ingredient = ingredients.get(i);
            String path = MEDICATION + ".ingredient[" + i + "]";
            if (!ingredient.hasItemCodeableConcept()) {
                missing(path + ".itemCodeableConcept", "Ingredients are coded concepts");
                continue;
            }
            CodeableConcept item = ingredient.getItemCodeableConcept();
            boolean allergenClass =
                    item.getCoding().stream().anyMatch(c -> FhirSystems.ALLERGEN_CLASS.equals(c.getSystem()));
            if (allergenClass) {
                exclusion(ingredient, item, path).ifPresent(exclusions::add);
            } else {
                active(ingredient, item, path).ifPresent(actives::add);
            }
        }
        if (actives.isEmpty()) {
            missing(MEDICATION + ".ingredient", "At least one active ingredient (isActive true) is required");
        } else if (actives.size() > MAX_ACTIVES) {
            missing(MEDICATION + ".ingredient", "At most " + MAX_ACTIVES + " actives");
        }
    }

    private Optional<AllergenClass> exclusion(
            Medication.MedicationIngredientComponent ingredient, CodeableConcept item, String path) {
        if (!ingredient.hasIsActive() || ingredient.getIsActive()) {
            missing(path + ".isActive", "An excluded allergen class is an inactive entry (isActive false)");
        }
        refuseIf(ingredient.hasStrength(), path + ".strength");
        Coding coding = single(item, path + ".itemCodeableConcept", FhirSystems.ALLERGEN_CLASS);
        return coding == null
                ? Optional.empty()
                : Optional.ofNullable(
                        enumValue(coding.getCode(), AllergenClass.class, path + ".itemCodeableConcept.coding[0].code"));
    }

    private Optional<OrderContent.Active> active(
            Medication.MedicationIngredientComponent ingredient, CodeableConcept item, String path) {
        if (!ingredient.hasIsActive() || !ingredient.getIsActive()) {
            missing(
                    path + ".isActive",
                    "An ingredient is an active (isActive true); excipients are the pharmacy's choice");
        }
        Long ingredientId = ingredientId(item, path + ".itemCodeableConcept");
        Quantity strength = ingredient.hasStrength()
                ? strength(ingredient.getStrength(), path + ".strength")
                : missing(path + ".strength", "The strength is required");
        return strength == null ? Optional.empty() : Optional.of(new OrderContent.Active(ingredientId, strength));
    }

    /**
     * Our ingredient id: the code of a {@code urn:triturate:ingredient} coding, or the ingredient whose RxNorm code
     * an RxNorm coding names. An RxNorm code that names none of ours is null here, which the intake rules report
     * as INGREDIENT_NOT_FOUND; two codings that name different ingredients are a contradiction (400).
     */
    private Long ingredientId(CodeableConcept item, String path) {
        Long found = null;
        boolean resolved = false;
        for (int i = 0; i < item.getCoding().size(); i++) {
            Coding coding = item.getCoding().get(i);
            String codingPath = path + ".coding[" + i + "]";
            Long id;
            if (FhirSystems.INGREDIENT.equals(coding.getSystem())) {
                id = positiveId(coding.getCode(), codingPath + ".code");
            } else if (FhirSystems.RXNORM.equals(coding.getSystem())) {
                id = coding.hasCode()
                        ? registry.ingredientByRxnorm(coding.getCode()).orElse(null)
                        : missing(codingPath + ".code", "An RxNorm code is required");
            } else {
                missing(codingPath + ".system", "Expected " + FhirSystems.INGREDIENT + " or " + FhirSystems.RXNORM);
                continue;
            }
            if (resolved && !Objects.equals(found, id)) {
                missing(path + ".coding", "The codings name different ingredients");
            }
            found = id;
            resolved = true;
        }
        if (!resolved) {
            missing(path + ".coding", "Expected a coding in " + FhirSystems.INGREDIENT + " or " + FhirSystems.RXNORM);
        }
        return found;
    }

    /**
     * A strength as a Ratio: a mass numerator over UCUM unity (per capsule, tablet, …), mL (mg/mL, ug/mL) or g
     * (mg/g); the denominator's value is 1.
     */
    private Quantity strength(Ratio ratio, String path) {
        if (!ratio.hasNumerator() || !ratio.hasDenominator()) {
            return missing(path, "A strength is a Ratio with numerator and denominator");
        }
        int before = violations.size();
        Optional<BigDecimal> value = FhirQuantities.value(ratio.getNumerator(), path + ".numerator", violations);
        Optional<Unit> mass = FhirQuantities.unit(ratio.getNumerator(), path + ".numerator", violations);
        Optional<Unit> per = FhirQuantities.unit(ratio.getDenominator(), path + ".denominator", violations);
        if (violations.size() > before || value.isEmpty() || mass.isEmpty() || per.isEmpty()) {
            return null;
        }
        if (!ratio.getDenominator().hasValue()
                || ratio.getDenominator().getValue().compareTo(BigDecimal.ONE) != 0) {
            return missing(path + ".denominator.value", "The denominator's value is 1");
        }
        Optional<Unit> unit = strengthUnit(mass.get(), per.get());
        return unit.map(u -> new Quantity(value.get(), u))
                .orElseGet(() -> missing(path, "Expected mg, ug or g per 1, mg or ug per mL, or mg per g"));
    }

    private static Optional<Unit> strengthUnit(Unit mass, Unit per) {
        return switch (per) {
            case UNIT -> mass.dimension() == Unit.Dimension.MASS ? Optional.of(mass) : Optional.empty();
            case ML ->
                switch (mass) {
                    case MG -> Optional.of(Unit.MG_PER_ML);
                    case UG -> Optional.of(Unit.UG_PER_ML);
                    default -> Optional.empty();
                };
            case G -> mass == Unit.MG ? Optional.of(Unit.MG_PER_G) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Dosage dosage(MedicationRequest request) {
        if (request.getDosageInstruction().size() != 1) {
            return missing(ROOT + ".dosageInstruction", "Exactly one dosage instruction is expected");
        }
        Dosage dosage = request.getDosageInstructionFirstRep();
        refuseIf(dosage.hasSequence(), DOSAGE + ".sequence");
        refuseIf(dosage.hasAdditionalInstruction(), DOSAGE + ".additionalInstruction");
        refuseIf(dosage.hasPatientInstruction(), DOSAGE + ".patientInstruction");
        refuseIf(dosage.hasAsNeeded(), DOSAGE + ".asNeeded[x]");
        refuseIf(dosage.hasSite(), DOSAGE + ".site");
        refuseIf(dosage.hasRoute(), DOSAGE + ".route");
        refuseIf(dosage.hasMethod(), DOSAGE + ".method");
        refuseIf(dosage.hasMaxDosePerPeriod(), DOSAGE + ".maxDosePerPeriod");
        refuseIf(dosage.hasMaxDosePerAdministration(), DOSAGE + ".maxDosePerAdministration");
        refuseIf(dosage.hasMaxDosePerLifetime(), DOSAGE + ".maxDosePerLifetime");
        refuseIf(dosage.hasModifierExtension(), DOSAGE + ".modifierExtension");
        return dosage;
    }

    private String directions(Dosage dosage) {
        String text = dosage.getText();
        if (text == null || text.isBlank()) {
            return missing(DOSAGE + ".text", "The directions are required");
        }
        return text(DOSAGE + ".text", text, MAX_DIRECTIONS);
    }

    /** timing.repeat: frequency times per period 1 d, nothing else. */
    private Integer timesPerDay(Dosage dosage) {
        String path = DOSAGE + ".timing.repeat";
        if (!dosage.hasTiming() || !dosage.getTiming().hasRepeat()) {
            return missing(path, "timing.repeat with frequency per 1 d is required");
        }
        Timing timing = dosage.getTiming();
        refuseIf(timing.hasEvent(), DOSAGE + ".timing.event");
        refuseIf(timing.hasCode(), DOSAGE + ".timing.code");
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        refuseIf(repeat.hasBounds(), path + ".bounds[x]");
        refuseIf(repeat.hasCount() || repeat.hasCountMax(), path + ".count");
        refuseIf(repeat.hasDuration() || repeat.hasDurationMax() || repeat.hasDurationUnit(), path + ".duration");
        refuseIf(repeat.hasFrequencyMax(), path + ".frequencyMax");
        refuseIf(repeat.hasPeriodMax(), path + ".periodMax");
        refuseIf(repeat.hasDayOfWeek(), path + ".dayOfWeek");
        refuseIf(repeat.hasTimeOfDay(), path + ".timeOfDay");
        refuseIf(repeat.hasWhen(), path + ".when");
        refuseIf(repeat.hasOffset(), path + ".offset");
        if (!repeat.hasPeriod()
                || repeat.getPeriod().compareTo(BigDecimal.ONE) != 0
                || repeat.getPeriodUnit() != Timing.UnitsOfTime.D) {
            missing(path + ".period", "The period is 1 with periodUnit d: frequency is the times per day");
        }
        if (!repeat.hasFrequency() || repeat.getFrequency() < 1 || repeat.getFrequency() > MAX_TIMES_PER_DAY) {
            return missing(path + ".frequency", "Between 1 and " + MAX_TIMES_PER_DAY + " times per day");
        }
        return repeat.getFrequency();
    }

    private Quantity doseAmount(Dosage dosage) {
        String path = DOSAGE + ".doseAndRate[0].doseQuantity";
        if (dosage.getDoseAndRate().size() != 1
                || !dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
            return missing(path, "One doseAndRate with a doseQuantity is required");
        }
        Dosage.DosageDoseAndRateComponent doseAndRate = dosage.getDoseAndRateFirstRep();
        refuseIf(doseAndRate.hasType(), DOSAGE + ".doseAndRate[0].type");
        refuseIf(doseAndRate.hasRate(), DOSAGE + ".doseAndRate[0].rate[x]");
        return FhirQuantities.read(doseAndRate.getDoseQuantity(), path, violations)
                .orElse(null);
    }

    private Integer daysSupply(MedicationRequest.MedicationRequestDispenseRequestComponent dispense) {
        if (!dispense.hasExpectedSupplyDuration()) {
            return null;
        }
        String path = DISPENSE + ".expectedSupplyDuration";
        org.hl7.fhir.r4.model.Duration duration = dispense.getExpectedSupplyDuration();
        String unit = duration.hasCode() ? duration.getCode() : duration.getUnit();
        if (!"d".equals(unit) || (duration.hasSystem() && !FhirSystems.UCUM.equals(duration.getSystem()))) {
            return missing(path + ".code", "The supply is counted in days (UCUM d)");
        }
        BigDecimal days = duration.getValue();
        if (days == null
                || days.signum() <= 0
                || days.stripTrailingZeros().scale() > 0
                || days.compareTo(BigDecimal.valueOf(MAX_DAYS_SUPPLY)) > 0) {
            return missing(path + ".value", "A whole number of days between 1 and " + MAX_DAYS_SUPPLY);
        }
        return days.intValueExact();
    }

    private int refills(MedicationRequest.MedicationRequestDispenseRequestComponent dispense) {
        refuseIf(dispense.hasInitialFill(), DISPENSE + ".initialFill");
        refuseIf(dispense.hasDispenseInterval(), DISPENSE + ".dispenseInterval");
        refuseIf(dispense.hasValidityPeriod(), DISPENSE + ".validityPeriod");
        refuseIf(dispense.hasPerformer(), DISPENSE + ".performer");
        if (!dispense.hasNumberOfRepeatsAllowed()) {
            return 0;
        }
        int refills = dispense.getNumberOfRepeatsAllowed();
        if (refills < 0 || refills > MAX_REFILLS) {
            missing(DISPENSE + ".numberOfRepeatsAllowed", "Between 0 and " + MAX_REFILLS);
        }
        return refills;
    }

    private Set<RationaleCategory> rationaleCategories(MedicationRequest request) {
        Set<RationaleCategory> categories = EnumSet.noneOf(RationaleCategory.class);
        // A reason may list several categories as codings of one concept, or one concept each.
        for (int i = 0; i < request.getReasonCode().size(); i++) {
            List<Coding> codings = request.getReasonCode().get(i).getCoding();
            if (codings.isEmpty()) {
                missing(ROOT + ".reasonCode[" + i + "].coding", "Expected a coding in " + FhirSystems.RATIONALE);
            }
            for (int j = 0; j < codings.size(); j++) {
                String path = ROOT + ".reasonCode[" + i + "].coding[" + j + "]";
                if (!FhirSystems.RATIONALE.equals(codings.get(j).getSystem())) {
                    missing(path + ".system", "Expected a coding in " + FhirSystems.RATIONALE);
                } else {
                    Optional.ofNullable(enumValue(codings.get(j).getCode(), RationaleCategory.class, path + ".code"))
                            .ifPresent(categories::add);
                }
            }
        }
        return categories;
    }

    private String rationaleText(MedicationRequest request) {
        if (!request.hasNote()) {
            return null;
        }
        return text(ROOT + ".note[0].text", request.getNoteFirstRep().getText(), MAX_RATIONALE_TEXT);
    }
}
