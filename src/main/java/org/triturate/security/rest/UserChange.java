package org.triturate.security.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.triturate.security.Role;

/** An administrator's change to a user; {@code password} is optional and resets the password when present. */
public record UserChange(
        @NotNull @Size(min = 1, max = 1, message = "must hold exactly one role")
        List<@NotNull Role> roles,

        Long prescriberId,
        @NotNull Boolean active,

        @Size(min = 12, max = 1024, message = "must be at least 12 characters")
        String password) {}
