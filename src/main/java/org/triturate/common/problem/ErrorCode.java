package org.triturate.common.problem;

/**
 * Every problem code of the API contract (../shared/api.md §1) with its HTTP status. The declaration order of
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
    PRESCRIBER_NOT_FOUND(422),
    INGREDIENT_NOT_FOUND(422),
    NOT_AN_ACTIVE(422),
    INVALID_STRENGTH_UNIT(422),
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
