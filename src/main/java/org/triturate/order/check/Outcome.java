package org.triturate.order.check;

/** What one check concluded: PASS and WARN let an order through, FAIL blocks it. */
public enum Outcome {
    PASS,
    WARN,
    FAIL
}
