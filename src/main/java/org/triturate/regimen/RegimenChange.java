package org.triturate.regimen;

import java.time.Instant;

/** One change in the life of a regimen (created, cancelled), read from the audit trail. */
public record RegimenChange(
        Instant at, String actor, String action, RegimenStatus fromStatus, RegimenStatus toStatus, String note) {}
