package org.triturate.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.problem.ApiException;

/**
 * What a new password must be (at creation, reset and change): long enough, and not the username. The request
 * bodies check the floor of {@value #FLOOR} characters with the request's other fields, so one answer lists every
 * fault; a configured minimum above the floor is checked here.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int FLOOR = 12;
    public static final String FLOOR_RULE = "must be at least 12 characters";

    private final int minLength;

    PasswordPolicy(TriturateConfig config) {
        this.minLength = Math.max(FLOOR, config.password().minLength());
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
