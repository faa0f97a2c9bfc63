package org.triturate.catalog;

/** What a piece of compatibility evidence shows for a pair of actives in one dosage form. */
public enum CompatibilityStatus {
    COMPATIBLE,
    INCOMPATIBLE
}
