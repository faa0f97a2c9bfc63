package org.triturate.order.rule;

import java.time.LocalDate;

/**
 * What refilling a prescription judges: the original order's facts as they are today (every intake rule runs again,
 * and the prescription expires when the original says), the refills left on the original, and the previous fill
 * (the latest fill of the prescription that was not cancelled or rejected).
 *
 * @param refillsRemaining     the refills the original has not yet issued
 * @param previousFillNumber   1 for the original, 2, 3, … for its refills
 * @param previousDispensedOn  the day the previous fill was dispensed (pharmacy's time zone); null when unknown
 * @param previousDaysSupply   the previous fill's stated days' supply; null when it states none
 * @param earlyRefillReason    the pharmacist's reason for refilling early, trimmed; null when none was given
 */
public record RefillFacts(
        OrderFacts order,
        int refillsRemaining,
        int previousFillNumber,
        LocalDate previousDispensedOn,
        Integer previousDaysSupply,
        String earlyRefillReason) {

    public LocalDate today() {
        return order.today();
    }
}
