package org.triturate.regimen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;

/**
 * What a six-step taper costs end to end (six orders, every order rule on each, one transaction), printed for
 * docs/regimens.md. Only a generous bound is asserted, so that a busy machine never fails it.
 */
@QuarkusTest
class RegimenTimingTest {

    private static final int RUNS = 10;

    @Test
    void aSixStepRegimen() {
        Clinic clinic = Orders.clinic();
        Number[] strengths = {75, 62.5, 56.25, 37.5, 18.75, 9.375};
        // Warm-up: the first request loads the catalog and the JIT compiles the path.
        Regimens.start(clinic.prescriberToken(), Regimens.venlafaxineTaper(clinic.patientId(), strengths))
                .then()
                .statusCode(201);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            Regimens.start(clinic.prescriberToken(), Regimens.venlafaxineTaper(clinic.patientId(), strengths))
                    .then()
                    .statusCode(201);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = (sorted.get(RUNS / 2 - 1) + sorted.get(RUNS / 2)) / 2;
        long max = sorted.get(RUNS - 1);
        System.out.println("REGIMEN-TIMING 6 steps: median " + median + " ms, max " + max + " ms (n=" + RUNS + ")");
        assertTrue(max < 5_000, () -> "a six-step regimen took " + max + " ms");
    }
}
