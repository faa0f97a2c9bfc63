package org.triturate.fault;

import java.util.ArrayList;
import java.util.List;

/**
 * Named pass/fail checks and the figures measured along the way, each printed at once with the prefix .ci/run greps
 * for, so that a failed check does not hide the ones after it; the run fails at the end when any check failed.
 */
final class Checks {

    static final String PREFIX = "FaultInjection: ";

    private final List<String> failures = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();
    private int passed;

    /** Records a check; {@code detail} says what was measured, whether it passed or not. */
    synchronized boolean check(String name, boolean ok, String detail) {
        if (ok) {
            passed++;
        } else {
            failures.add(name);
        }
        System.out.println(PREFIX + (ok ? "PASS " : "FAIL ") + name + " — " + detail);
        return ok;
    }

    synchronized void figure(String name, Object value) {
        String line = name + ": " + value;
        figures.add(line);
        System.out.println(PREFIX + "figure " + line);
    }

    synchronized int failed() {
        return failures.size();
    }

    /** The figures block and the final "N passed, M failed" line. */
    synchronized String summary() {
        StringBuilder text = new StringBuilder();
        text.append(PREFIX).append("---- figures ----\n");
        figures.forEach(line -> text.append(PREFIX).append(line).append('\n'));
        failures.forEach(
                name -> text.append(PREFIX).append("failed: ").append(name).append('\n'));
        text.append(PREFIX)
                .append(passed)
                .append(" passed, ")
                .append(failures.size())
                .append(" failed");
        return text.toString();
    }
}
