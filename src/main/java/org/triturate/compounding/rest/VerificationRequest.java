package org.triturate.compounding.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.triturate.compounding.VerificationDecision;

/** A pharmacist's verification: RELEASE the preparation, or REJECT it (discarded; the order is compounded again). */
public record VerificationRequest(
        @NotNull VerificationDecision decision,
        @Size(max = 2000) String note) {}
