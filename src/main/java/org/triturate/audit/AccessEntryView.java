package org.triturate.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One access-log entry as the API shows it. */
public record AccessEntryView(
        long id,
        Instant occurredAt,
        @Schema(nullable = true) Long userId,
        @Schema(nullable = true) String username,
        @Schema(nullable = true) String role,
        AccessAction action,

        @Schema(nullable = true, description = "The patient, order or ingredient read; null for a list")
        Long resourceId,

        @Schema(nullable = true, description = "The patient whose data was read; null when none was returned")
        Long patientId,

        @Schema(nullable = true) String remoteAddress,

        @Schema(nullable = true, description = "X-Request-Id of the request, or one generated for it")
        String requestId) {

    public static AccessEntryView of(AccessEntry entry) {
        return new AccessEntryView(
                entry.id,
                entry.occurredAt,
                entry.userId,
                entry.username,
                entry.role,
                entry.action,
                entry.resourceId,
                entry.patientId,
                entry.remoteAddress,
                entry.requestId);
    }
}
