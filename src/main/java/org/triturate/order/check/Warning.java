package org.triturate.order.check;

/** Check codes that inform the pharmacist but never block an order. */
public enum Warning {
    /** A class of the patient's allergies was added to the order's exclusions. */
    EXCLUSION_ADDED_FOR_ALLERGY,
    /** An active carries a safety notice, e.g. FDA's warnings on compounded ketamine. */
    SAFETY_NOTICE
}
