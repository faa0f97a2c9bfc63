package org.triturate.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.problem.ApiException;

/** What a new password must be (at creation, reset and change): long enough, and not the username. */
@ApplicationScoped
public class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(TriturateConfig config) {
        this.minLength = config.password().minLength();
    }

    /** @throws ApiException 400 INVALID_FIELD on {@code field} when the password is not acceptable */
    public void require(String username, String password, String field) {
        if (password.codePointCount(0, password.length()) < minLength) {
            throw ApiException.invalidField(field, "must be at least " + minLength + " characters");
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw ApiException.invalidField(field, "must not be the username");
        }
    }
}
