package org.triturate.security.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.security.PasswordPolicy;

@Schema(examples = """
        {"currentPassword": "correct horse battery", "newPassword": "staple battery horse correct"}""")
public record PasswordChange(
        @NotNull @Size(max = 1024) String currentPassword,

        @Schema(description = "At least 12 characters (more if configured) and not the username")
        @NotNull
        @Size(min = PasswordPolicy.FLOOR, max = 1024, message = PasswordPolicy.FLOOR_RULE)
        String newPassword) {}
