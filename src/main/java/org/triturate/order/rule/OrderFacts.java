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
import org.triturate.common.quantity.Quantity;
import org.triturate.order.OrderContent.Consent;
import org.triturate.order.RationaleCategory;
import org.triturate.prescriber.LicenseStatus;
import org.triturate.prescriber.PrescriberStatus;

/**
 * Everything the order rules judge, read once from the request and the registries: plain values, no entities,
 * no database. A record the request names but that does not exist (or that the caller may not see) is null.
 *
 * @param today          the date in the pharmacy's time zone; licences, registrations are valid through their
 *                       {@code expiresOn} inclusive
 * @param actives        the requested actives in request order
 * @param doseAmount     the amount per administration (unit, mL or g)
 * @param consent        null when the request has no {@code informedConsent}
 * @param products       the commercial products of the requested ingredients, whatever their status
 * @param compatibilities the compatibility records between requested ingredients, any dosage form
 * @param copyTolerance  the "essentially a copy" tolerance as a fraction (0.10 for 10 %)
 */
public record OrderFacts(
        LocalDate today,
        DosageForm dosageForm,
        List<OrderedActive> actives,
        Quantity quantity,
        Quantity doseAmount,
        int timesPerDay,
        int refills,
        Set<RationaleCategory> rationaleCategories,
        String rationaleText,
        Consent consent,
        Set<AllergenClass> requestedExclusions,
        PatientFacts patient,
        PrescriberFacts prescriber,
        List<ProductFacts> products,
        List<CompatibilityFacts> compatibilities,
        BigDecimal copyTolerance) {

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

    /** The commercial products of one ingredient. */
    public List<ProductFacts> productsOf(long ingredientId) {
        return products.stream()
                .filter(product -> product.ingredientId() == ingredientId)
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

    public record IngredientFacts(
            long id,
            String name,
            IngredientRole role,
            Set<AllergenClass> allergenClasses,
            DeaSchedule deaSchedule,
            Quantity maxDailyDose,
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
     */
    public record PatientFacts(
            String state, boolean addressComplete, Set<AllergenClass> allergenClasses, Set<Long> allergyIngredientIds) {

        public PatientFacts {
            allergenClasses =
                    allergenClasses.isEmpty() ? EnumSet.noneOf(AllergenClass.class) : EnumSet.copyOf(allergenClasses);
            allergyIngredientIds = Set.copyOf(allergyIngredientIds);
        }
    }

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

    public record ProductFacts(
            long ingredientId,
            String name,
            DosageForm dosageForm,
            Quantity strength,
            Set<AllergenClass> allergenClasses,
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
