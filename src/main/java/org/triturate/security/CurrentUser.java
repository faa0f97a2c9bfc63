package org.triturate.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
}
