package org.triturate.compounding;

import java.util.Collection;
import java.util.Objects;
import org.triturate.catalog.DeaSchedule;

/**
 * The transfer warning of 21 CFR 290.5 on the label of a controlled substance dispensed to a patient. The regulation
 * requires it for schedules II to IV; a schedule V active carries it too, since the statement holds for every
 * controlled substance and the label states it for every scheduled active.
 */
public final class FederalCaution {

    public static final String TEXT = "Caution: Federal law prohibits the transfer of this drug to any person other"
            + " than the patient for whom it was prescribed.";

    private FederalCaution() {}

    /** The caution when any of the actives' schedules (null for an unscheduled active) is set, else null. */
    public static String forSchedules(Collection<DeaSchedule> schedules) {
        return schedules.stream().anyMatch(Objects::nonNull) ? TEXT : null;
    }
}
