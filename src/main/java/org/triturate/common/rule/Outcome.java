package org.triturate.common.rule;

/** What one rule concluded: PASS and WARN let the action through, BLOCK stops it. */
public enum Outcome {
    PASS,
    WARN,
    BLOCK
}
