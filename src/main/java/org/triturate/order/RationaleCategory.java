package org.triturate.order;

/** Why a prescriber asks for a compounded preparation instead of a marketed product. */
public enum RationaleCategory {
    CUSTOM_STRENGTH,
    ALTERNATIVE_DOSAGE_FORM,
    EXCIPIENT_INTOLERANCE,
    REGIMEN_SIMPLIFICATION
}
