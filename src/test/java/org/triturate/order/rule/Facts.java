package org.triturate.order.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.CompatibilityStatus;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.ProductStatus;
import org.triturate.catalog.ReleaseType;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.order.OrderContent.Consent;
import org.triturate.order.RationaleCategory;
import org.triturate.order.rule.OrderFacts.CompatibilityFacts;
import org.triturate.order.rule.OrderFacts.DeaRegistration;
import org.triturate.order.rule.OrderFacts.IngredientFacts;
import org.triturate.order.rule.OrderFacts.License;
import org.triturate.order.rule.OrderFacts.OrderedActive;
import org.triturate.order.rule.OrderFacts.PatientFacts;
import org.triturate.order.rule.OrderFacts.PrescriberFacts;
import org.triturate.order.rule.OrderFacts.ProductFacts;
import org.triturate.prescriber.LicenseStatus;
import org.triturate.prescriber.PrescriberStatus;

/**
 * Builds {@link OrderFacts} for rule tests. The defaults are an order every rule passes: 30 dye-free sertraline
 * 37.5 mg immediate-release capsules, one a day for 30 days, written yesterday, for a patient in Oregon with a complete address and no allergies, from an active
 * prescriber licensed in Oregon with a schedule 3–5 DEA registration there, with consent and a custom-strength
 * rationale; sertraline is marketed as 25/50/100 mg tablets. Each test changes only what its rule looks at.
 * Public for the benchmarks (org.triturate.bench.jmh), which judge the same orders.
 */
public final class Facts {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final long SERTRALINE = 1;
    public static final long LITHIUM = 6;
    public static final long LIOTHYRONINE = 7;
    public static final long KETAMINE = 9;

    public LocalDate today = TODAY;
    public LocalDate writtenOn = TODAY.minusDays(1);
    public LocalDate expiresOn = TODAY.minusDays(1).plusYears(1);
    public DosageForm dosageForm = DosageForm.CAPSULE;
    public ReleaseType releaseType = ReleaseType.IMMEDIATE;
    public List<OrderedActive> actives =
            new ArrayList<>(List.of(new OrderedActive(0, SERTRALINE, mg("37.5"), sertraline())));
    public Quantity quantity = Quantity.of("30", Unit.UNIT);
    public Quantity doseAmount = Quantity.of("1", Unit.UNIT);
    public int timesPerDay = 1;
    public Integer daysSupply = 30;
    public int refills = 2;
    public Set<RationaleCategory> rationaleCategories = EnumSet.of(RationaleCategory.CUSTOM_STRENGTH);
    public String rationaleText = "Cannot tolerate the step from 25 mg to 50 mg";
    public Consent consent = new Consent(true, true, TODAY.minusDays(4));
    public Set<AllergenClass> requestedExclusions = EnumSet.of(AllergenClass.DYE);
    public PatientFacts patient = new PatientFacts("OR", true, Set.of(), Set.of(), Set.of());
    public PrescriberFacts prescriber = new PrescriberFacts(
            PrescriberStatus.ACTIVE,
            List.of(new License("OR", LicenseStatus.ACTIVE, LocalDate.of(2027, 12, 31))),
            List.of(new DeaRegistration(
                    "OR", EnumSet.of(DeaSchedule.III, DeaSchedule.IV, DeaSchedule.V), LocalDate.of(2027, 6, 30))));
    public List<ProductFacts> products =
            new ArrayList<>(List.of(tablet(SERTRALINE, "25"), tablet(SERTRALINE, "50"), tablet(SERTRALINE, "100")));
    public List<CompatibilityFacts> compatibilities = new ArrayList<>();
    public BigDecimal copyTolerance = new BigDecimal("0.10");

    public static Facts order() {
        return new Facts();
    }

    public OrderFacts build() {
        return new OrderFacts(
                today,
                writtenOn,
                expiresOn,
                dosageForm,
                releaseType,
                actives,
                quantity,
                doseAmount,
                timesPerDay,
                daysSupply,
                refills,
                rationaleCategories,
                rationaleText,
                consent,
                requestedExclusions,
                patient,
                prescriber,
                products,
                compatibilities,
                copyTolerance);
    }

    /** Replaces the actives with these, indexed in the given order. */
    public Facts actives(OrderedActive... entries) {
        actives = new ArrayList<>(List.of(entries));
        return this;
    }

    public static OrderedActive active(int index, IngredientFacts ingredient, Quantity strength) {
        return new OrderedActive(index, ingredient.id(), strength, ingredient);
    }

    /** Lithium carbonate 300 mg with liothyronine 25 ug in one capsule, without compatibility evidence. */
    public static Facts lithiumAndLiothyronine() {
        return order().actives(active(0, lithiumCarbonate(), mg("300")), active(1, liothyronine(), ug("25")));
    }

    /** The ACTIVE formulation of the default order: sertraline 37.5 mg capsules on a qs microcrystalline base. */
    public static FormulationFacts matchingFormulation() {
        return new FormulationFacts(
                11,
                "Sertraline 37.5 mg capsules",
                false,
                DosageForm.CAPSULE,
                180,
                List.of(new FormulationFacts.FormulatedActive(SERTRALINE, mg("37.5"))),
                List.of(
                        new FormulationFacts.FormulatedIngredient(SERTRALINE, "Sertraline hydrochloride", Set.of()),
                        new FormulationFacts.FormulatedIngredient(27, "Microcrystalline cellulose", Set.of())));
    }

    public static Quantity mg(String value) {
        return Quantity.of(value, Unit.MG);
    }

    public static Quantity ug(String value) {
        return Quantity.of(value, Unit.UG);
    }

    /** Sertraline hydrochloride: maximum 200 mg/day, no single-dose maximum, no allergen classes, not controlled. */
    public static IngredientFacts sertraline() {
        return new IngredientFacts(
                SERTRALINE,
                "Sertraline hydrochloride",
                IngredientRole.ACTIVE,
                "sertraline",
                Set.of(),
                null,
                mg("200"),
                null,
                false,
                false,
                null);
    }

    public static IngredientFacts lithiumCarbonate() {
        return new IngredientFacts(
                LITHIUM,
                "Lithium carbonate",
                IngredientRole.ACTIVE,
                "lithium",
                Set.of(),
                null,
                null,
                null,
                false,
                false,
                null);
    }

    public static IngredientFacts liothyronine() {
        return new IngredientFacts(
                LIOTHYRONINE,
                "Liothyronine sodium",
                IngredientRole.ACTIVE,
                "liothyronine",
                Set.of(),
                null,
                null,
                null,
                false,
                false,
                null);
    }

    /** Ketamine hydrochloride: schedule III, with FDA's safety notice. */
    public static IngredientFacts ketamine() {
        return new IngredientFacts(
                KETAMINE,
                "Ketamine hydrochloride",
                IngredientRole.ACTIVE,
                "ketamine",
                Set.of(),
                DeaSchedule.III,
                null,
                null,
                false,
                false,
                "FDA warns about compounded ketamine for psychiatric use");
    }

    /** A marketed immediate-release tablet whose excipients are known (none of them an allergen). */
    public static ProductFacts tablet(long ingredientId, String mg) {
        return tablet(ingredientId, mg, ReleaseType.IMMEDIATE, false);
    }

    /** A marketed tablet without allergens, named after its release type, e.g. "EXTENDED tablets 150 mg". */
    public static ProductFacts tablet(long ingredientId, String mg, ReleaseType releaseType, boolean allergensUnknown) {
        return new ProductFacts(
                ingredientId,
                (releaseType == ReleaseType.IMMEDIATE ? "" : releaseType + " ") + "tablets " + mg + " mg",
                DosageForm.TABLET,
                releaseType,
                mg(mg),
                Set.of(),
                allergensUnknown,
                ProductStatus.MARKETED);
    }

    public static CompatibilityFacts compatibility(long one, long other, DosageForm form, CompatibilityStatus status) {
        return new CompatibilityFacts(Math.min(one, other), Math.max(one, other), form, status);
    }
}
