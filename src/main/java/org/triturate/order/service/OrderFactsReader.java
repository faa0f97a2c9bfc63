package org.triturate.order.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.triturate.catalog.snapshot.CatalogCompatibility;
import org.triturate.catalog.snapshot.CatalogIngredient;
import org.triturate.catalog.snapshot.CatalogProduct;
import org.triturate.catalog.snapshot.CatalogSnapshot;
import org.triturate.catalog.snapshot.ReferenceData;
import org.triturate.common.config.TriturateConfig;
import org.triturate.formulation.FormulationStatus;
import org.triturate.formulation.MasterFormulation;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderContent;
import org.triturate.order.PrescriptionValidity;
import org.triturate.order.rule.FormulationFacts;
import org.triturate.order.rule.FormulationFacts.FormulatedActive;
import org.triturate.order.rule.FormulationFacts.FormulatedIngredient;
import org.triturate.order.rule.OrderFacts;
import org.triturate.order.rule.OrderFacts.CompatibilityFacts;
import org.triturate.order.rule.OrderFacts.DeaRegistration;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.License;
import org.triturate.order.rule.OrderFacts.MoietyAllergy;
import org.triturate.order.rule.OrderFacts.OrderedActive;
import org.triturate.order.rule.OrderFacts.PatientFacts;
import org.triturate.order.rule.OrderFacts.PrescriberFacts;
import org.triturate.order.rule.OrderFacts.ProductFacts;
import org.triturate.patient.Allergy;
import org.triturate.patient.PatientClinicalData;
import org.triturate.patient.service.PatientService;
import org.triturate.prescriber.PrescriberCredentials;
import org.triturate.prescriber.service.PrescriberService;

/**
 * Reads what the order rules judge from an order's content and the registries, in a handful of queries: the patient (as
 * the caller may see it) with its allergies, the prescriber with its licences and registrations, and the catalog's
 * version; the named ingredients (and those of the patient's allergies), their commercial products and the
 * compatibility records among them come from the catalog at that version ({@link ReferenceData}). Must run in the
 * caller's transaction.
 */
@ApplicationScoped
class OrderFactsReader {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private final PatientService patients;
    private final PrescriberService prescribers;
    private final ReferenceData referenceData;
    private final BigDecimal copyTolerance;

    OrderFactsReader(
            PatientService patients,
            PrescriberService prescribers,
            ReferenceData referenceData,
            TriturateConfig config) {
        this.patients = patients;
        this.prescribers = prescribers;
        this.referenceData = referenceData;
        this.copyTolerance = config.order().copyTolerancePercent().divide(PERCENT);
    }

    /**
     * The facts of an order for {@code patientId} by {@code prescriberId} asking for {@code content}; a PRESCRIBER
     * caller ({@code callerPrescriberId}) sees only its patients.
     */
    OrderFacts read(Long patientId, Long prescriberId, OrderContent content, Long callerPrescriberId, LocalDate today) {
        return read(patientId, prescriberId, content, callerPrescriberId, today, null);
    }

    /**
     * The facts of a stored order as they are today (for approval: a licence may have lapsed since submission),
     * read exactly as a submission of the same order would be, except that the prescription expires when the order
     * says: every stage judges the date the order was accepted with.
     */
    OrderFacts readStored(CompoundingOrder order, LocalDate today) {
        return read(order.patientId, order.prescriberId, OrderContent.of(order), null, today, order.expiresOn);
    }

    /** {@code storedExpiresOn} is null for new content, whose prescription expires as its writtenOn says. */
    private OrderFacts read(
            Long patientId,
            Long prescriberId,
            OrderContent content,
            Long callerPrescriberId,
            LocalDate today,
            LocalDate storedExpiresOn) {
        // First, so that every catalog fact below is of the version this transaction reads.
        CatalogSnapshot catalog = referenceData.current();
        List<Long> ingredientIds = content.actives().stream()
                .map(OrderContent.Active::ingredientId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, CatalogIngredient> ingredients = catalog.ingredients(ingredientIds);
        List<OrderedActive> actives = new ArrayList<>();
        for (int i = 0; i < content.actives().size(); i++) {
            OrderContent.Active active = content.actives().get(i);
            CatalogIngredient ingredient =
                    active.ingredientId() == null ? null : ingredients.get(active.ingredientId());
            actives.add(new OrderedActive(
                    i,
                    active.ingredientId(),
                    active.strength(),
                    ingredient == null ? null : ingredientFacts(ingredient)));
        }
        List<Long> knownIds = List.copyOf(ingredients.keySet());
        LocalDate writtenOn = content.writtenOn() == null ? today : content.writtenOn();
        boolean controlled = actives.stream()
                .anyMatch(active ->
                        active.ingredient() != null && active.ingredient().isControlled());
        return new OrderFacts(
                today,
                writtenOn,
                storedExpiresOn == null ? PrescriptionValidity.expiresOn(writtenOn, controlled) : storedExpiresOn,
                content.dosageForm(),
                content.releaseType(),
                actives,
                content.quantity(),
                content.doseAmount(),
                content.timesPerDay(),
                content.daysSupply(),
                content.refills(),
                content.rationaleCategories(),
                content.rationaleText(),
                content.consent(),
                content.excludedAllergens(),
                patientId == null
                        ? null
                        : patients.findVisibleClinicalData(patientId, callerPrescriberId)
                                .map(patient -> patientFacts(patient, catalog))
                                .orElse(null),
                prescriberId == null
                        ? null
                        : prescribers
                                .findCredentials(prescriberId)
                                .map(OrderFactsReader::prescriberFacts)
                                .orElse(null),
                catalog.productsOf(knownIds).stream()
                        .map(OrderFactsReader::productFacts)
                        .toList(),
                catalog.compatibilitiesAmong(knownIds).stream()
                        .map(OrderFactsReader::compatibilityFacts)
                        .toList(),
                copyTolerance);
    }

    /** The facts of a master formulation version, or null when there is none with this id. */
    FormulationFacts readFormulation(long formulationId) {
        MasterFormulation formulation = MasterFormulation.findById(formulationId);
        if (formulation == null) {
            return null;
        }
        List<Long> ids = formulation.ingredients.stream()
                .map(line -> line.ingredientId)
                .distinct()
                .toList();
        Map<Long, CatalogIngredient> ingredients = referenceData.current().ingredients(ids);
        return new FormulationFacts(
                formulation.id,
                formulation.name,
                formulation.status == FormulationStatus.RETIRED,
                formulation.dosageForm,
                formulation.budDays,
                formulation.actives().stream()
                        .map(line -> new FormulatedActive(line.ingredientId, line.amountPerUnit()))
                        .toList(),
                ids.stream()
                        .map(ingredients::get)
                        .map(ingredient -> new FormulatedIngredient(
                                ingredient.id(), ingredient.name(), ingredient.allergenClasses()))
                        .toList());
    }

    private static IngredientFacts ingredientFacts(CatalogIngredient ingredient) {
        return new IngredientFacts(
                ingredient.id(),
                ingredient.name(),
                ingredient.role(),
                ingredient.activeMoiety(),
                ingredient.allergenClasses(),
                ingredient.deaSchedule(),
                ingredient.maxDailyDose(),
                ingredient.maxSingleDose(),
                ingredient.withdrawnForSafety(),
                ingredient.remsRestricted(),
                ingredient.safetyNotice());
    }

    /** The patient's facts, with the moieties (from the catalog) of the ingredients it is allergic to. */
    private static PatientFacts patientFacts(PatientClinicalData patient, CatalogSnapshot catalog) {
        Set<Long> allergyIngredientIds = patient.allergies().stream()
                .map((Allergy allergy) -> allergy.ingredientId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new PatientFacts(
                patient.address().state,
                patient.address().isComplete(),
                patient.allergies().stream()
                        .map(allergy -> allergy.allergenClass)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                allergyIngredientIds,
                catalog.ingredients(allergyIngredientIds).values().stream()
                        .filter(ingredient -> ingredient.activeMoiety() != null)
                        .map(ingredient -> new MoietyAllergy(ingredient.activeMoiety(), ingredient.name()))
                        .collect(Collectors.toSet()));
    }

    private static PrescriberFacts prescriberFacts(PrescriberCredentials prescriber) {
        return new PrescriberFacts(
                prescriber.status(),
                prescriber.licenses().stream()
                        .map(l -> new License(l.state, l.status, l.expiresOn))
                        .toList(),
                prescriber.deaRegistrations().stream()
                        .map(d -> new DeaRegistration(d.state, d.schedules(), d.expiresOn))
                        .toList());
    }

    private static ProductFacts productFacts(CatalogProduct product) {
        return new ProductFacts(
                product.ingredientId(),
                product.name(),
                product.dosageForm(),
                product.releaseType(),
                product.strength(),
                product.allergenClasses(),
                product.allergensUnknown(),
                product.status());
    }

    private static CompatibilityFacts compatibilityFacts(CatalogCompatibility record) {
        return new CompatibilityFacts(
                record.firstIngredientId(), record.secondIngredientId(), record.dosageForm(), record.status());
    }
}
