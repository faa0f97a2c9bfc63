package org.triturate.security;

/**
 * Who makes a request, as services need it: the user (idempotency keys and "who compounded" are per user), the
 * username the audit trail records, and the prescriber a PRESCRIBER user acts for (null for other roles).
 */
public record Caller(long userId, String username, Long prescriberId) {

    public boolean isPrescriber() {
        return prescriberId != null;
    }
}
