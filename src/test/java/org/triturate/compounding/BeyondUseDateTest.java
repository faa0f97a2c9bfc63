package org.triturate.compounding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeyondUseDateTest {

    private static final LocalDate COMPOUNDED = LocalDate.of(2026, 11, 22);

    @Test
    void theDayOfCompoundingIsDayOne() {
        // 180 days counted from Nov 22 as day 1 end on May 20
        assertEquals(LocalDate.of(2027, 5, 20), BeyondUseDate.of(COMPOUNDED, 180, List.of(LocalDate.of(2028, 1, 1))));
        assertEquals(COMPOUNDED.plusDays(13), BeyondUseDate.of(COMPOUNDED, 14, List.of()));
        assertEquals(COMPOUNDED, BeyondUseDate.of(COMPOUNDED, 1, List.of()));
    }

    @Test
    void anEarlierComponentExpiryWins() {
        LocalDate lotExpiry = LocalDate.of(2027, 3, 31);
        assertEquals(lotExpiry, BeyondUseDate.of(COMPOUNDED, 180, List.of(LocalDate.of(2028, 1, 1), lotExpiry)));
    }

    @Test
    void anExpiryOnTheUspDateChangesNothing() {
        LocalDate uspDate = LocalDate.of(2027, 5, 20);
        assertEquals(uspDate, BeyondUseDate.of(COMPOUNDED, 180, List.of(uspDate)));
    }
}
