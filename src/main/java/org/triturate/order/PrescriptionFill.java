package org.triturate.order;

import java.time.LocalDate;

/**
 * The facts of a step that fills a prescription (accepting, approving, compounding, releasing or dispensing an
 * order), which rule {@link PrescriptionNotExpired} judges.
 */
public interface PrescriptionFill {

    /** The pharmacy's date. */
    LocalDate today();

    /** The last day the order's prescription may be filled (the order's {@code expiresOn}). */
    LocalDate prescriptionExpiresOn();

    /** Whether this step fills the prescription; one that only discards a preparation does not. */
    default boolean fillsPrescription() {
        return true;
    }
}
