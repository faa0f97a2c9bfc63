package org.triturate.security.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.security.PasswordPolicy;
import org.triturate.security.Role;

/**
 * An administrator's change to a user; {@code password} is optional and resets the password when present. A change of
 * role, prescriber link, active flag or password ends the user's sessions.
 */
public record UserChange(
        @NotNull @Size(min = 1, max = 1, message = "must hold exactly one role")
        List<@NotNull Role> roles,

        Long prescriberId,
        @NotNull Boolean active,

        @Schema(description = "At least 12 characters (more if configured) and not the username", nullable = true)
        @Size(min = PasswordPolicy.FLOOR, max = 1024, message = PasswordPolicy.FLOOR_RULE)
        String password) {}
