package org.triturate.formulation;

/** Where a preparation is kept until its beyond-use date. */
public enum StorageCondition {
    /** Controlled room temperature. */
    ROOM_TEMPERATURE,
    /** 2–8 °C. */
    REFRIGERATED
}
