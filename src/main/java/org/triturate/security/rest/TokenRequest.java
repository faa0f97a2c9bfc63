package org.triturate.security.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(examples = """
        {"username": "pharmacist.ann", "password": "correct horse battery"}""")
public record TokenRequest(
        @NotNull @Size(max = 255) String username,
        @NotNull @Size(max = 1024) String password) {}
