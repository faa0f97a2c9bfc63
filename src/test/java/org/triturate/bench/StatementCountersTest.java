package org.triturate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementCountersTest {

    @Test
    void perEventLeavesOutItsOwnReadingAndTheCountersThatDidNotMove() {
        Map<String, Long> before =
                Map.of("Questions", 100L, "Com_select", 40L, "Com_show_status", 7L, "Com_update", 3L);
        Map<String, Long> after = Map.of("Questions", 161L, "Com_select", 80L, "Com_show_status", 8L, "Com_update", 3L);

        assertEquals(Map.of("Questions", 3.0, "Com_select", 2.0), StatementCounters.perEvent(before, after, 20));
    }

    @Test
    void noEventsGiveNoFigures() {
        assertEquals(Map.of(), StatementCounters.perEvent(Map.of("Questions", 1L), Map.of("Questions", 9L), 0));
    }
}
