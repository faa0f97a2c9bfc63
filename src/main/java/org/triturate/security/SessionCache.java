package org.triturate.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.triturate.common.config.TriturateConfig;

/**
 * The accounts that authenticated requests belong to, kept for a short time so that checking a token costs no
 * database read. A change made on this instance evicts its account once committed; another instance sees it
 * when its copy expires (triturate.jwt.session-cache-ttl).
 */
@ApplicationScoped
public class SessionCache {

    private record Entry(AccountSession account, long loadedAtNanos) {}

    private final Map<Long, Entry> accounts = new ConcurrentHashMap<>();
    /** Counts evictions, so that a read that raced with one is not kept. */
    private final AtomicLong evictions = new AtomicLong();

    private final long ttlNanos;

    SessionCache(TriturateConfig config) {
        this.ttlNanos = config.jwt().sessionCacheTtl().toNanos();
    }

    /** The account as last read, if that was recent enough; never blocks. */
    public Optional<AccountSession> cached(long userId) {
        Entry entry = accounts.get(userId);
        if (entry == null || System.nanoTime() - entry.loadedAtNanos() > ttlNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.account());
    }

    /** Reads the account from the database (blocking) and keeps it. */
    public Optional<AccountSession> load(long userId) {
        long evictionsBefore = evictions.get();
        Optional<AccountSession> account = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.find("id", userId)
                        .project(AccountSession.class)
                        .firstResultOptional());
        account.ifPresent(found -> {
            Entry entry = new Entry(found, System.nanoTime());
            accounts.put(userId, entry);
            // An eviction since the read may concern a change the read missed: drop what was just kept.
            if (evictions.get() != evictionsBefore) {
                accounts.remove(userId, entry);
            }
        });
        return account;
    }

    void evict(@Observes(during = TransactionPhase.AFTER_COMPLETION) SessionsEnded event) {
        evictions.incrementAndGet();
        accounts.remove(event.userId());
    }
}
