package org.triturate.security.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record TokenRequest(@NotNull @Size(max = 255) String username, @NotNull @Size(max = 1024) String password) {
}
