package org.triturate.audit;

import java.time.Instant;

/** One row of the access log as it waits to be written: one access of one patient's data (patientId may be null). */
public record AccessRecord(
        Instant occurredAt, Accessor accessor, AccessAction action, Long resourceId, Long patientId) {}
