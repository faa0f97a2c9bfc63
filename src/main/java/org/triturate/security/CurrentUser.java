package org.triturate.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller of the current request: the account its verified token names, as {@link SessionCheck} found it for
 * this request (role, prescriber link and username come from the account, not from the token's claims).
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private AccountSession account() {
        AccountSession account = identity.getAttribute(SessionCheck.ACCOUNT);
        if (account == null) {
            throw new UnauthorizedException();
        }
        return account;
    }

    public long userId() {
        return account().id();
    }

    public String username() {
        return account().username();
    }

    public Caller caller() {
        return new Caller(userId(), username(), prescriberId());
    }

    public boolean isPrescriber() {
        return account().role() == Role.PRESCRIBER;
    }

    /** The prescriber a PRESCRIBER caller acts for; null for every other role. */
    public Long prescriberId() {
        return account().prescriberId();
    }
}
