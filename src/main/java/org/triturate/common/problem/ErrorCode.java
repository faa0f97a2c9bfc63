package org.triturate.common.problem;

import org.triturate.common.rule.RuleCode;

/**
 * Every problem code of the API contract (docs/errors.md) with its HTTP status. The declaration order of
 * the statuses is the contract's precedence: when one response carries several codes, the earliest wins.
 */
public enum ErrorCode {
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    SELF_VERIFICATION(403),
    NOT_FOUND(404),
    INVALID_FIELD(400),
    INVALID_NPI(400),
    INVALID_DEA(400),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    NOT_ACCEPTABLE(406),
    METHOD_NOT_ALLOWED(405),
    PRECONDITION_REQUIRED(428),
    VERSION_CONFLICT(412),
    INVALID_TRANSITION(409),
    DUPLICATE_NPI(409),
    DUPLICATE_USERNAME(409),
    TOO_MANY_ATTEMPTS(429),
    PATIENT_NOT_FOUND(422),
    PRESCRIBER_NOT_FOUND(422),
    INGREDIENT_NOT_FOUND(422),
    NOT_AN_ACTIVE(422),
    INVALID_STRENGTH_UNIT(422),
    PRESCRIBER_INACTIVE(422),
    PRESCRIBER_NOT_LICENSED(422),
    DEA_REGISTRATION_REQUIRED(422),
    CONTROLLED_REFILLS_EXCEEDED(422),
    PATIENT_ADDRESS_REQUIRED(422),
    WITHDRAWN_FOR_SAFETY(422),
    REMS_RESTRICTED(422),
    RATIONALE_REQUIRED(422),
    RATIONALE_INCONSISTENT(422),
    ESSENTIALLY_A_COPY(422),
    DOSE_ABOVE_MAXIMUM(422),
    COMBINATION_NOT_DOCUMENTED(422),
    COMBINATION_INCOMPATIBLE(422),
    ALLERGY_CONFLICT(422),
    CONSENT_NOT_DOCUMENTED(422),
    IDEMPOTENCY_KEY_REUSED(422),
    PREPARATION_TYPE_MISMATCH(422),
    STORAGE_REQUIRES_REFRIGERATION(422),
    BUD_EXCEEDS_DEFAULT(422),
    FORMULATION_NOT_FOUND(422),
    FORMULATION_MISMATCH(422),
    FORMULATION_RETIRED(422),
    RESTRICTED_EXCIPIENT(422),
    SALT_FACTOR_UNKNOWN(422),
    LOT_EXPIRED(422),
    SUPPLIER_NOT_APPROVED(422),
    COMPONENT_MISSING(422),
    QUANTITY_OUT_OF_TOLERANCE(422),
    COMPOUNDED_IN_FUTURE(422),
    BUD_PASSED(422),
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The contract code of a blocking rule finding: the rule's own name. */
    public static ErrorCode of(RuleCode code) {
        return valueOf(code.name());
    }
}
