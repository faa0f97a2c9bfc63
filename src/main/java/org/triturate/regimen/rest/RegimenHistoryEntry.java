package org.triturate.regimen.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.audit.StatusChange;
import org.triturate.regimen.RegimenStatus;

/** One change in the life of a regimen, read from the audit trail. */
public record RegimenHistoryEntry(
        Instant at,
        String actor,
        String action,
        @Schema(nullable = true) RegimenStatus fromStatus,
        @Schema(nullable = true) RegimenStatus toStatus,
        @Schema(nullable = true) String note) {

    static RegimenHistoryEntry of(StatusChange<RegimenStatus> change) {
        return new RegimenHistoryEntry(
                change.at(), change.actor(), change.action(), change.fromStatus(), change.toStatus(), change.note());
    }
}
