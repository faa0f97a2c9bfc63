package org.triturate.order.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A refill: {@code {}}, or why it is issued before 75 % of the previous fill's supply has been used. */
public record RefillRequest(
        @Schema(
                nullable = true,
                description = "Why the refill is issued early (at least 10 characters that are not "
                        + "whitespace); recorded in the order's history")
        @Size(max = 1000)
        String earlyRefillReason) {}
