package org.triturate.compounding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The beyond-use date of a preparation (USP &lt;795&gt;): the day of compounding is day 1,
 * so {@code budDays} days end on compounding date + budDays − 1; and no preparation outlives a component, so the
 * earliest component expiry wins when it comes first.
 */
public final class BeyondUseDate {

    private BeyondUseDate() {}

    public static LocalDate of(LocalDate compoundedOn, int budDays, List<LocalDate> componentExpiries) {
        LocalDate byDays = compoundedOn.plusDays(budDays - 1L);
        return componentExpiries.stream()
                .min(Comparator.naturalOrder())
                .filter(earliest -> earliest.isBefore(byDays))
                .orElse(byDays);
    }
}
