package org.triturate.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import org.triturate.common.config.TriturateConfig;

/**
 * bcrypt (at.favre.lib:bcrypt) with a random salt per hash. Passwords longer than bcrypt's 72 bytes are
 * pre-hashed with SHA-512 instead of being silently truncated.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, new SecureRandom(), LONG_PASSWORDS);
    private final BCrypt.Verifyer verifier = BCrypt.verifyer(VERSION, LONG_PASSWORDS);
    /** Checked against when the user does not exist, so that the answer takes as long as for a real user. */
    private final String decoyHash;

    PasswordHasher(TriturateConfig config) {
        this.cost = config.login().bcryptCost();
        this.decoyHash = hash("not-a-password-of-anyone");
    }

    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return verifier.verify(password.toCharArray(), hash).verified;
    }

    /** Spends the time of one verification without any user, and always fails. */
    public boolean matchesNobody(String password) {
        verifier.verify(password.toCharArray(), decoyHash);
        return false;
    }
}
