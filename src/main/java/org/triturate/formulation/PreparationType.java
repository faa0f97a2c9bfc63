package org.triturate.formulation;

import java.util.function.Predicate;
import org.triturate.catalog.DosageForm;
import org.triturate.catalog.Route;

/**
 * The USP &lt;795&gt; (2023) preparation types with their default beyond-use date limits (no compounded monograph,
 * no preparation-specific stability study) and the dosage forms each fits, as docs/order-lifecycle.md lists them.
 * Source of the limits: USP General Chapter &lt;795&gt; (2023), default beyond-use dates of nonsterile preparations.
 */
public enum PreparationType {
    /** Unit forms, and anhydrous topicals: USP &lt;795&gt; puts nonaqueous topical preparations in this group. */
    NONAQUEOUS_SOLID(
            180,
            form -> form.kind() == DosageForm.Kind.UNIT_FORM
                    || (form.kind() == DosageForm.Kind.SEMISOLID && form.route() == Route.TOPICAL)),
    NONAQUEOUS_ORAL_LIQUID(90, form -> form.kind() == DosageForm.Kind.LIQUID && form.route() == Route.ORAL),
    AQUEOUS_PRESERVED(35, form -> form.kind() != DosageForm.Kind.UNIT_FORM),
    /** Must be stored refrigerated (2–8 °C). */
    AQUEOUS_NONPRESERVED(14, form -> form.kind() != DosageForm.Kind.UNIT_FORM);

    /**
     * The longest beyond-use date of any nonsterile preparation, whatever its evidence: the longest USP &lt;795&gt;
     * default (nonaqueous dosage forms).
     */
    public static final int NONSTERILE_MAX_BUD_DAYS = 180;

    private final int defaultBudDays;
    private final Predicate<DosageForm> fits;

    PreparationType(int defaultBudDays, Predicate<DosageForm> fits) {
        this.defaultBudDays = defaultBudDays;
        this.fits = fits;
    }

    public int defaultBudDays() {
        return defaultBudDays;
    }

    public boolean fits(DosageForm form) {
        return fits.test(form);
    }
}
