package org.triturate.security.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.security.Role;
import org.triturate.security.UserAccount;

/** A user as the API shows it: never the password hash. */
public record UserView(
        long id,
        String username,
        List<Role> roles,
        @Schema(nullable = true) Long prescriberId,
        boolean active,
        Instant createdAt,
        long version) {

    static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{2,63}";
    static final String USERNAME_RULE =
            "3 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";

    static UserView of(UserAccount user) {
        return new UserView(
                user.id,
                user.username,
                List.of(user.role),
                user.prescriberId,
                user.active,
                user.createdAt,
                user.version);
    }
}
