package org.triturate.order.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.order.OrderContent.Consent;
import org.triturate.order.PrescriptionFill;
import org.triturate.order.RationaleCategory;
import org.triturate.prescriber.LicenseStatus;
import org.triturate.prescriber.PrescriberStatus;

/**
 * Everything the order rules judge, read once from the request and the registries: plain values, no entities,
 * no database. A record the request names but that does not exist (or that the caller may not see) is null.
 *
 * @param today          the date in the pharmacy's time zone; licences, registrations are valid through their
 *                       {@code expiresOn} inclusive
 * @param writtenOn      the day the prescriber signed (today when the request did not say)
 * @param expiresOn      the last day the prescription may be filled: counted from {@code writtenOn} for new content,
 *                       the stored order's own date when a stored order is judged again
 * @param actives        the requested actives in request order
 * @param doseAmount     the amount per administration (unit, mL or g)
 * @param daysSupply     null when the request did not say
 * @param consent        null when the request has no {@code informedConsent}
 * @param products       the commercial products of the requested ingredients, whatever their status
 * @param compatibilities the compatibility records between requested ingredients, any dosage form
 * @param copyTolerance  the "essentially a copy" tolerance as a fraction (0.10 for 10 %)
 */
public record OrderFacts(
        LocalDate today,
        LocalDate writtenOn,
        LocalDate expiresOn,
        DosageForm dosageForm,
        ReleaseType releaseType,
        List<OrderedActive> actives,
        Quantity quantity,
        Quantity doseAmount,
        int timesPerDay,
        Integer daysSupply,
        int refills,
        Set<RationaleCategory> rationaleCategories,
        String rationaleText,
        Consent consent,
        Set<AllergenClass> requestedExclusions,
        PatientFacts patient,
        PrescriberFacts prescriber,
        List<ProductFacts> products,
        List<CompatibilityFacts> compatibilities,
        BigDecimal copyTolerance)
        implements PrescriptionFill {

    public OrderFacts {
        actives = List.copyOf(actives);
        rationaleCategories = rationaleCategories.isEmpty()
                ? EnumSet.noneOf(RationaleCategory.class)
                : EnumSet.copyOf(rationaleCategories);
        requestedExclusions = requestedExclusions.isEmpty()
                ? EnumSet.noneOf(AllergenClass.class)
                : EnumSet.copyOf(requestedExclusions);
        products = List.copyOf(products);
        compatibilities = List.copyOf(compatibilities);
    }

    @Override
    public LocalDate prescriptionExpiresOn() {
        return expiresOn;
    }

    /** The order's exclusions plus every allergen class of the patient's allergies: what every check uses. */
    public Set<AllergenClass> effectiveExclusions() {
        Set<AllergenClass> effective = EnumSet.noneOf(AllergenClass.class);
        effective.addAll(requestedExclusions);
        if (patient != null) {
            effective.addAll(patient.allergenClasses());
        }
        return effective;
    }

    /** The patient's allergen classes that the order did not already exclude. */
    public Set<AllergenClass> exclusionsAddedForAllergy() {
        Set<AllergenClass> added = EnumSet.noneOf(AllergenClass.class);
        if (patient != null) {
            added.addAll(patient.allergenClasses());
        }
        added.removeAll(requestedExclusions);
        return added;
    }

    /** The actives whose ingredient exists, in request order. */
    public List<OrderedActive> knownActives() {
        return actives.stream().filter(active -> active.ingredient() != null).toList();
    }

    /** Every unordered pair of known actives, in request order: what combination rules judge. */
    public List<ActivePair> knownActivePairs() {
        List<OrderedActive> known = knownActives();
        List<ActivePair> pairs = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            for (int j = i + 1; j < known.size(); j++) {
                pairs.add(new ActivePair(known.get(i), known.get(j)));
            }
        }
        return pairs;
    }

    /**
     * The commercial products of one ingredient that release it as this order does: only they can show that a
     * strength or a dosage form is marketed (a 150 mg immediate-release tablet is not a 150 mg extended-release one).
     */
    public List<ProductFacts> sameReleaseProductsOf(long ingredientId) {
        return products.stream()
                .filter(product -> product.ingredientId() == ingredientId && product.releaseType() == releaseType)
                .toList();
    }

    /** The compatibility records of the (unordered) pair in this order's dosage form. */
    public List<CompatibilityFacts> compatibilitiesOf(long oneIngredientId, long otherIngredientId) {
        return compatibilities.stream()
                .filter(record ->
                        record.dosageForm() == dosageForm && record.concerns(oneIngredientId, otherIngredientId))
                .toList();
    }

    /** One {@code actives[]} entry of the request; {@code ingredient} is null when no such ingredient exists. */
    public record OrderedActive(int index, Long ingredientId, Quantity strength, IngredientFacts ingredient) {

        /** The request field of this entry, e.g. {@code actives[1]}. */
        public String field() {
            return "actives[" + index + "]";
        }
    }

    /** Two actives of one preparation. */
    public record ActivePair(OrderedActive first, OrderedActive second) {

        public String names() {
            return first.ingredient().name() + " and " + second.ingredient().name();
        }
    }

    /**
     * @param activeMoiety  what every salt of the drug shares ("venlafaxine"); null when the catalog does not say
     * @param maxSingleDose the labelled maximum of one immediate-release dose; null when the label states none
     */
    public record IngredientFacts(
            long id,
            String name,
            IngredientRole role,
            String activeMoiety,
            Set<AllergenClass> allergenClasses,
            DeaSchedule deaSchedule,
            Quantity maxDailyDose,
            Quantity maxSingleDose,
            boolean withdrawnForSafety,
            boolean remsRestricted,
            String safetyNotice) {

        public IngredientFacts {
            allergenClasses =
                    allergenClasses.isEmpty() ? EnumSet.noneOf(AllergenClass.class) : EnumSet.copyOf(allergenClasses);
        }

        public boolean isControlled() {
            return deaSchedule != null;
        }
    }

    /**
     * @param state            the state of the patient's address (always present)
     * @param addressComplete  street, city, state and postal code are all present
     * @param allergenClasses  the allergen classes of the patient's allergies
     * @param allergyIngredientIds the ingredients the patient is allergic to
     * @param moietyAllergies  the moieties of those ingredients (the ones the catalog gives a moiety)
     */
    public record PatientFacts(
            String state,
            boolean addressComplete,
            Set<AllergenClass> allergenClasses,
            Set<Long> allergyIngredientIds,
            Set<MoietyAllergy> moietyAllergies) {

        public PatientFacts {
            allergenClasses =
                    allergenClasses.isEmpty() ? EnumSet.noneOf(AllergenClass.class) : EnumSet.copyOf(allergenClasses);
            allergyIngredientIds = Set.copyOf(allergyIngredientIds);
            moietyAllergies = Set.copyOf(moietyAllergies);
        }
    }

    /** An allergy recorded against {@code ingredientName}, whose moiety is {@code activeMoiety}. */
    public record MoietyAllergy(String activeMoiety, String ingredientName) {}

    public record PrescriberFacts(
            PrescriberStatus status, List<License> licenses, List<DeaRegistration> deaRegistrations) {

        public PrescriberFacts {
            licenses = List.copyOf(licenses);
            deaRegistrations = List.copyOf(deaRegistrations);
        }
    }

    public record License(String state, LicenseStatus status, LocalDate expiresOn) {

        /** ACTIVE, in {@code state}, and not expired on {@code day}. */
        public boolean allowsPrescribing(String inState, LocalDate day) {
            return status == LicenseStatus.ACTIVE && Objects.equals(state, inState) && !day.isAfter(expiresOn);
        }
    }

    public record DeaRegistration(String state, Set<DeaSchedule> schedules, LocalDate expiresOn) {

        public DeaRegistration {
            schedules = schedules.isEmpty() ? EnumSet.noneOf(DeaSchedule.class) : EnumSet.copyOf(schedules);
        }

        /** In {@code state}, listing {@code schedule}, and not expired on {@code day}. */
        public boolean covers(DeaSchedule schedule, String inState, LocalDate day) {
            return Objects.equals(state, inState) && schedules.contains(schedule) && !day.isAfter(expiresOn);
        }
    }

    /**
     * @param allergensUnknown the product's excipients could not be sourced: nobody can show that it meets an
     *                         exclusion
     */
    public record ProductFacts(
            long ingredientId,
            String name,
            DosageForm dosageForm,
            ReleaseType releaseType,
            Quantity strength,
            Set<AllergenClass> allergenClasses,
            boolean allergensUnknown,
            ProductStatus status) {

        public ProductFacts {
            allergenClasses =
                    allergenClasses.isEmpty() ? EnumSet.noneOf(AllergenClass.class) : EnumSet.copyOf(allergenClasses);
        }

        public boolean isMarketed() {
            return status == ProductStatus.MARKETED;
        }
    }

    public record CompatibilityFacts(
            long firstIngredientId, long secondIngredientId, DosageForm dosageForm, CompatibilityStatus status) {

        public boolean concerns(long one, long other) {
            return (firstIngredientId == one && secondIngredientId == other)
                    || (firstIngredientId == other && secondIngredientId == one);
        }
    }
}
