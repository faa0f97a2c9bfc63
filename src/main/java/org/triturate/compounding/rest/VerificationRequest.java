package org.triturate.compounding.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A pharmacist's verification: RELEASE the preparation, or REJECT it (discarded; the order is compounded again). */
public record VerificationRequest(@NotNull Decision decision, @Size(max = 2000) String note) {

    public enum Decision {
        RELEASE,
        REJECT
    }
}
