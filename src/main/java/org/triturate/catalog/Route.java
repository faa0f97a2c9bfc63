package org.triturate.catalog;

/** How a dosage form is taken; the "essentially a copy" rule compares products of the same route. */
public enum Route {
    ORAL,
    ORAL_MUCOSAL,
    RECTAL,
    NASAL,
    TOPICAL
}
