package org.triturate.audit;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jboss.logging.Logger;

/**
 * Writes access-log rows in the background so that a read never waits for the database: requests put rows on a
 * bounded queue, one thread takes whatever has gathered and writes it as one batch. A failed batch is retried, not
 * dropped; a full queue makes requests wait rather than lose rows, at most {@link #FULL_QUEUE_WAIT}: then the
 * database has been unreachable for long, and the read fails as unavailable (503) instead of hanging.
 * {@link #close} writes everything queued before it returns; rows recorded after it are written at once by their
 * caller. Rows still queued when the process dies without a clean shutdown are lost.
 */
final class AccessLogWriter {

    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);
    private static final AccessRecord END = new AccessRecord(Instant.EPOCH, null, null, null, null);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    private static final Duration FULL_QUEUE_WAIT = Duration.ofSeconds(2);

    private final AccessStore store;
    private final int maxBatch;
    private final BlockingQueue<AccessRecord> queue;
    private final Thread thread;
    /** Recording holds it shared; closing holds it exclusively, so no row is queued behind the end marker. */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();

    private boolean closed;

    /** How long the writer lets entries gather before it writes them; also what a crash can lose at the least. */
    static final long GATHER_MILLIS = 100;

    AccessLogWriter(AccessStore store, int capacity, int maxBatch) {
        this.store = store;
        this.maxBatch = maxBatch;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "access-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void record(List<AccessRecord> records) {
        int queued = 0;
        closing.readLock().lock();
        try {
            if (!closed) {
                for (AccessRecord record : records) {
                    if (!queue.offer(record, FULL_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new Backlogged();
                    }
                    queued++;
                }
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closing.readLock().unlock();
        }
        writeNow(records.subList(queued, records.size()));
    }

    /** Writes everything queued, waiting at most {@code timeout}: the database may be down. */
    void close(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            // A full queue empties while the writer works (it needs no lock); one stuck on a failing database is
            // given up on below.
            queue.offer(END, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closing.writeLock().unlock();
        }
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<AccessRecord> batch = new ArrayList<>(maxBatch);
        try {
            boolean ending = false;
            while (!ending) {
                batch.add(queue.take());
                if (batch.get(0) != END) {
                    // Let reads gather for a moment: one multi-row INSERT per pause, not one commit per read, which
                    // cost sequential order reads about 2 ms each on two cores (OrderReadBenchmark).
                    TimeUnit.MILLISECONDS.sleep(GATHER_MILLIS);
                }
                queue.drainTo(batch, maxBatch - 1);
                // The end marker is the last row ever queued.
                ending = batch.get(batch.size() - 1) == END;
                if (ending) {
                    batch.remove(batch.size() - 1);
                }
                if (!batch.isEmpty()) {
                    writeRetrying(batch);
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            long unwritten = batch.size()
                    + queue.stream().filter(record -> record != END).count();
            LOG.errorf("Access log: %d entries could not be written before shutdown", unwritten);
        }
    }

    private void writeRetrying(List<AccessRecord> batch) throws InterruptedException {
        Duration wait = FIRST_RETRY;
        while (true) {
            try {
                store.write(batch);
                return;
            } catch (SQLException | RuntimeException e) {
                // The message may quote row values; the types and SQL state say enough.
                LOG.warnf(
                        "Access log: writing %d entries failed (%s%s); retrying in %d ms",
                        batch.size(),
                        e.getClass().getName(),
                        e instanceof SQLException sql ? ", SQL state " + sql.getSQLState() : "",
                        wait.toMillis());
                TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private void writeNow(List<AccessRecord> records) {
        try {
            store.write(records);
        } catch (SQLException | RuntimeException e) {
            LOG.errorf(
                    "Access log: %d entries recorded during shutdown could not be written (%s)",
                    records.size(), e.getClass().getName());
        }
    }

    /** The queue stayed full: the writer cannot reach the database, so the read it records is refused as unavailable. */
    static final class Backlogged extends RuntimeException {
        Backlogged() {
            super("access log queue full", new SQLTransientConnectionException("access log queue full"), false, false);
        }
    }
}
