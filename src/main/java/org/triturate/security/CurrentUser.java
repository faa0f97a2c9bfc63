package org.triturate.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as its verified access token describes it. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public long userId() {
        return Long.parseLong(token.getSubject());
    }

    public String username() {
        return token.getName();
    }

    public Caller caller() {
        return new Caller(userId(), username(), prescriberId());
    }

    public boolean isPrescriber() {
        return token.getGroups().contains(Role.Names.PRESCRIBER);
    }

    /**
     * The prescriber a PRESCRIBER caller acts for, from its token; null for every other role. A PRESCRIBER token
     * without the claim cannot be issued by this service, so its absence is treated as "sees nothing".
     */
    public Long prescriberId() {
        if (!isPrescriber()) {
            return null;
        }
        Object claim = token.getClaim("prescriberId");
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : NO_PRESCRIBER;
    }

    /** An id no prescriber has, so that a query scoped to it returns nothing. */
    static final long NO_PRESCRIBER = -1;
}
