package org.triturate.common.rule;

/**
 * The name of every rule of every stage, in the domain's words. The API shows these names as its problem and
 * check codes; which HTTP status a blocking one answers is decided at the REST boundary, not here.
 */
public enum RuleCode {
    // Order life: an action the order's status does not allow
    INVALID_TRANSITION,

    // Intake (and again at approval)
    PATIENT_NOT_FOUND,
    PRESCRIBER_NOT_FOUND,
    WRITTEN_IN_FUTURE,
    /** Also at amendment, approval, compounding record, verification and dispensing. */
    PRESCRIPTION_EXPIRED,
    INGREDIENT_NOT_FOUND,
    NOT_AN_ACTIVE,
    INVALID_STRENGTH_UNIT,
    DOSE_NOT_WHOLE_UNITS,
    PRESCRIBER_INACTIVE,
    PRESCRIBER_NOT_LICENSED,
    DEA_REGISTRATION_REQUIRED,
    CONTROLLED_REFILLS_EXCEEDED,
    PATIENT_ADDRESS_REQUIRED,
    WITHDRAWN_FOR_SAFETY,
    REMS_RESTRICTED,
    RATIONALE_REQUIRED,
    RATIONALE_INCONSISTENT,
    ESSENTIALLY_A_COPY,
    DOSE_ABOVE_MAXIMUM,
    SINGLE_DOSE_ABOVE_MAXIMUM,
    COMBINATION_NOT_DOCUMENTED,
    COMBINATION_INCOMPATIBLE,
    ALLERGY_CONFLICT,
    CONSENT_NOT_DOCUMENTED,
    /** Warning: a class of the patient's allergies was added to the order's exclusions. */
    EXCLUSION_ADDED_FOR_ALLERGY,
    /** Warning: an active carries a safety notice, e.g. FDA's warnings on compounded ketamine. */
    SAFETY_NOTICE,
    /** Warning: quantity ÷ (dose × times per day) is not the stated days' supply. */
    DAYS_SUPPLY_MISMATCH,

    // Regimens (titrations and tapers): the schedule as a whole; each step is an order and passes the intake rules
    SCHEDULE_EMPTY,
    SCHEDULE_NOT_MONOTONIC,
    SCHEDULE_TOO_LONG,

    // Refills
    NO_REFILLS_REMAINING,
    REFILL_TOO_SOON,

    // Approval
    FORMULATION_NOT_FOUND,
    FORMULATION_MISMATCH,
    FORMULATION_RETIRED,
    RESTRICTED_EXCIPIENT,
    /** Warning: the days' supply outlasts the formulation's beyond-use days. */
    SUPPLY_EXCEEDS_BUD,

    // Master formulation records (USP <795>)
    PREPARATION_TYPE_MISMATCH,
    STORAGE_REQUIRES_REFRIGERATION,
    BUD_EXCEEDS_DEFAULT,

    // Worksheet and compounding record
    SALT_FACTOR_UNKNOWN,
    /** Warning: a weight below the balance's minimum weighable quantity. */
    ALIQUOT_REQUIRED,
    LOT_EXPIRED,
    SUPPLIER_NOT_APPROVED,
    COMPONENT_MISSING,
    QUANTITY_OUT_OF_TOLERANCE,
    COMPOUNDED_IN_FUTURE,
    YIELD_INSUFFICIENT,

    // Verification and dispensing
    SELF_VERIFICATION,
    QUALITY_CONTROL_FAILED,
    BUD_PASSED
}
