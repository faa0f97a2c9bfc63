package org.triturate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.triturate.common.reliability.DatabaseFailure;

class AccessLogWriterTest {

    private static final Accessor WHO = new Accessor(7L, "pharmacist", "PHARMACIST", "127.0.0.1", "req-1");

    /** A store that keeps what it was given, slowly, like a database under load. */
    private static final class SlowStore implements AccessStore {
        final List<AccessRecord> written = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failuresLeft;

        SlowStore(int failures) {
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public void write(List<AccessRecord> records) throws SQLException {
            sleep(2);
            if (failuresLeft.getAndDecrement() > 0) {
                throw new SQLException("connection refused", "08001");
            }
            batchSizes.add(records.size());
            written.addAll(records);
        }
    }

    private static AccessRecord record(long patientId) {
        return new AccessRecord(Instant.EPOCH, WHO, AccessAction.PATIENT_READ, patientId, patientId);
    }

    private static List<Long> patients(List<AccessRecord> records) {
        return records.stream().map(AccessRecord::patientId).toList();
    }

    @Test
    void aQueueThatStaysFullRefusesTheReadWithinSecondsInsteadOfHangingIt() {
        // A database that never answers: the writer keeps retrying its first batch and the queue fills up.
        SlowStore unreachable = new SlowStore(Integer.MAX_VALUE);
        AccessLogWriter writer = new AccessLogWriter(unreachable, 1, 1);
        writer.record(List.of(record(1)));
        writer.record(List.of(record(2)));
        long started = System.nanoTime();
        AccessLogWriter.Backlogged refused =
                assertThrows(AccessLogWriter.Backlogged.class, () -> writer.record(List.of(record(3))));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMillis >= 1_900 && waitedMillis < 5_000, "waited " + waitedMillis + " ms");
        assertEquals(Optional.of(DatabaseFailure.Kind.UNAVAILABLE), DatabaseFailure.of(refused));
    }

    @Test
    void closeWritesEverythingRecordedBeforeItInOrderAndInBatches() {
        SlowStore store = new SlowStore(0);
        AccessLogWriter writer = new AccessLogWriter(store, 100, 50);
        for (long patient = 1; patient <= 5_000; patient++) {
            writer.record(List.of(record(patient)));
        }
        writer.close(Duration.ofSeconds(30));
        assertEquals(LongStream.rangeClosed(1, 5_000).boxed().toList(), patients(store.written));
        assertTrue(store.batchSizes.stream().allMatch(size -> size <= 50), store.batchSizes.toString());
        assertTrue(store.batchSizes.size() < 5_000, "rows are written in batches, not one by one");
    }

    @Test
    void aFailedBatchIsRetriedNotDropped() {
        SlowStore store = new SlowStore(2);
        AccessLogWriter writer = new AccessLogWriter(store, 100, 50);
        writer.record(List.of(record(1), record(2)));
        writer.close(Duration.ofSeconds(30));
        assertEquals(List.of(1L, 2L), patients(store.written));
    }

    @Test
    void closeGivesUpAfterItsTimeoutWhenTheDatabaseStaysDown() {
        SlowStore store = new SlowStore(Integer.MAX_VALUE);
        AccessLogWriter writer = new AccessLogWriter(store, 10, 5);
        for (long patient = 1; patient <= 10; patient++) {
            writer.record(List.of(record(patient)));
        }
        long started = System.nanoTime();
        writer.close(Duration.ofMillis(500));
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "a shutdown never hangs on a dead database");
        assertEquals(List.of(), store.written);
    }

    @Test
    void rowsFromManyThreadsAreAllWrittenAndRowsAfterCloseAreWrittenAtOnce() throws InterruptedException {
        SlowStore store = new SlowStore(0);
        AccessLogWriter writer = new AccessLogWriter(store, 10, 20);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        for (long patient = 1; patient <= 2_000; patient++) {
            long id = patient;
            readers.execute(() -> writer.record(List.of(record(id))));
        }
        readers.shutdown();
        assertTrue(readers.awaitTermination(30, TimeUnit.SECONDS));
        writer.close(Duration.ofSeconds(30));
        writer.record(List.of(record(2_001)));
        List<Long> written = new ArrayList<>(patients(store.written));
        Collections.sort(written);
        assertEquals(LongStream.rangeClosed(1, 2_001).boxed().toList(), written);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
