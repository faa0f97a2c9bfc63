package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.DeaSchedule;

class FederalCautionTest {

    @Test
    void theCautionIsThe290point5Wording() {
        assertEquals(
                "Caution: Federal law prohibits the transfer of this drug to any person other than the patient for"
                        + " whom it was prescribed.",
                FederalCaution.TEXT);
    }

    @Test
    void anyScheduledActiveCarriesTheCaution() {
        assertEquals(FederalCaution.TEXT, FederalCaution.forSchedules(List.of(DeaSchedule.III)));
        assertEquals(FederalCaution.TEXT, FederalCaution.forSchedules(Arrays.asList(null, DeaSchedule.II)));
        assertEquals(FederalCaution.TEXT, FederalCaution.forSchedules(List.of(DeaSchedule.V)));
    }

    @Test
    void unscheduledActivesCarryNone() {
        assertNull(FederalCaution.forSchedules(Arrays.asList(null, null)));
        assertNull(FederalCaution.forSchedules(List.of()));
    }
}
