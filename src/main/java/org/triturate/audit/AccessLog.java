package org.triturate.audit;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Records reads of patient data (HIPAA 45 CFR 164.312(b)): the use case says what it read, the request says who and
 * from where. Rows are written in the background ({@link AccessLogWriter}) so that a read does not wait for them;
 * a clean shutdown writes every row recorded before it.
 */
@ApplicationScoped
public class AccessLog {

    /** Rows waiting to be written; past this, reads wait for the writer instead of losing rows. */
    private static final int QUEUE_CAPACITY = 10_000;
    /** Rows per INSERT: 9 parameters each stays far below the server's 65,535 placeholders. */
    private static final int MAX_BATCH = 500;
    /** How long a shutdown waits for the queued rows when the database is slow or down. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private final CurrentAccessor accessor;
    private final Clock clock;
    private final AccessLogWriter writer;

    AccessLog(CurrentAccessor accessor, Clock clock, DataSource dataSource) {
        this.accessor = accessor;
        this.clock = clock;
        this.writer = new AccessLogWriter(new JdbcAccessStore(dataSource), QUEUE_CAPACITY, MAX_BATCH);
    }

    /** A read of one resource of one patient, e.g. a patient or an order. */
    public void record(AccessAction action, long resourceId, long patientId) {
        record(action, resourceId, List.of(patientId));
    }

    /**
     * A read that concerned these patients (duplicates are recorded once); {@code resourceId} is null for a list.
     * One row per patient, or a single row without a patient when none was returned.
     */
    public void record(AccessAction action, Long resourceId, Collection<Long> patientIds) {
        Accessor who = accessor.get();
        Instant now = clock.instant();
        List<AccessRecord> records = patientIds.isEmpty()
                ? List.of(new AccessRecord(now, who, action, resourceId, null))
                : patientIds.stream()
                        .distinct()
                        .map(patientId -> new AccessRecord(now, who, action, resourceId, patientId))
                        .toList();
        writer.record(records);
    }

    void writeQueuedOnShutdown(@Observes ShutdownEvent shutdown) {
        writer.close(SHUTDOWN_TIMEOUT);
    }
}
