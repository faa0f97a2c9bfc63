package org.triturate.catalog;

/** How a preparation releases its active: a 150 mg immediate-release tablet is not a copy of a 150 mg extended-release one. */
public enum ReleaseType {
    IMMEDIATE,
    EXTENDED,
    DELAYED
}
