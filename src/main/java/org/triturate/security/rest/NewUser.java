package org.triturate.security.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.security.PasswordPolicy;
import org.triturate.security.Role;

public record NewUser(
        @NotNull @Pattern(regexp = UserView.USERNAME_PATTERN, message = UserView.USERNAME_RULE)
        String username,

        @Schema(description = "At least 12 characters (more if configured) and not the username")
        @NotNull
        @Size(min = PasswordPolicy.FLOOR, max = 1024, message = PasswordPolicy.FLOOR_RULE)
        String password,

        @NotNull @Size(min = 1, max = 1, message = "must hold exactly one role")
        List<@NotNull Role> roles,

        Long prescriberId) {}
