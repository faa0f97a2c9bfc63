package org.triturate.formulation;

/** A version of a master formulation record: the newest is ACTIVE, every earlier one RETIRED. */
public enum FormulationStatus {
    ACTIVE,
    RETIRED
}
