package org.triturate.catalog.snapshot;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.CompatibilityEvidence;
import org.triturate.catalog.Ingredient;
import org.triturate.common.persistence.CurrentConnection;

/**
 * The catalog the order rules read, kept in memory and coherent across service instances through the one-row
 * {@code reference_data_version} table, whose version every change to the catalog raises in its own transaction
 * ({@link #changed()}).
 *
 * <p>Why a transaction never judges with catalog data older than what it would read from the tables itself: the
 * version and the catalog rows of any committed state go together, because a writer changes both in one
 * transaction. {@link #current()} reads the version in the caller's transaction and uses the kept catalog only when
 * it was read at that same version; otherwise it reads the catalog in this transaction, after the version, and keeps
 * it with that version. Under REPEATABLE READ (MariaDB's default) every plain read of one transaction sees one
 * snapshot, so the catalog read holds exactly the rows of that version: a write that commits during the read is
 * invisible to it, and its new version makes the next transaction reload. (Under READ COMMITTED such a write could
 * show in the catalog read, which is then newer than its version, never older; the next transaction reloads
 * too.) Two reloads racing may keep the older catalog last: harmless, as it is kept with its own version, and a
 * transaction reading the newer version reloads. Versions are compared for equality only, so a version going
 * backwards (a restored backup) also reloads; docs/reference-data.md says what an operator must do.
 */
@ApplicationScoped
public class ReferenceData {

    private static final String VERSION_TABLE = "reference_data_version";

    /** Marks a transaction that changed the catalog: what it reads includes its own uncommitted changes. */
    private static final Object CHANGED_IN_THIS_TRANSACTION = new Object();

    private final TransactionSynchronizationRegistry transactions;

    private final Object reloading = new Object();

    /** Null until the first read; replaced, never changed. */
    private volatile CatalogSnapshot kept;

    ReferenceData(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The catalog as the caller's transaction sees it: one primary-key read, plus the whole catalog on a change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CatalogSnapshot current() {
        // Read first, so that the catalog read below shares this transaction's snapshot with it.
        long version = CurrentConnection.selectLong("select version from " + VERSION_TABLE + " where id = 1");
        CatalogSnapshot snapshot = kept;
        if (snapshot != null && snapshot.version() == version) {
            return snapshot;
        }
        // A transaction that changed the catalog sees its own changes, which may yet roll back: never kept.
        if (transactions.getResource(CHANGED_IN_THIS_TRANSACTION) != null) {
            return load(version);
        }
        // One reload at a time: the requests that arrive together after a start or a change wait for it and use the
        // catalog it keeps, instead of each reading the whole catalog at once (which turned a burst of submissions
        // on a fresh start into 503s).
        synchronized (reloading) {
            snapshot = kept;
            if (snapshot == null || snapshot.version() != version) {
                snapshot = load(version);
                kept = snapshot;
            }
            return snapshot;
        }
    }

    /**
     * Raises the catalog's version in the caller's transaction; every service that changes a catalog row calls it,
     * so that no instance keeps judging with the catalog as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        int rows = session()
                .createNativeQuery("update " + VERSION_TABLE + " set version = version + 1 where id = 1")
                .addSynchronizedQuerySpace(VERSION_TABLE)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("reference_data_version has no row: changelog 016 inserts it");
        }
        transactions.putResource(CHANGED_IN_THIS_TRANSACTION, Boolean.TRUE);
    }

    private static CatalogSnapshot load(long version) {
        // Read-only: the entities of a whole catalog are neither snapshotted nor dirty-checked at the caller's flush.
        return new CatalogSnapshot(
                version,
                Ingredient.<Ingredient>findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list().stream()
                        .map(CatalogIngredient::of)
                        .toList(),
                CommercialProduct.<CommercialProduct>findAll()
                        .withHint(HibernateHints.HINT_READ_ONLY, true)
                        .list()
                        .stream()
                        .map(CatalogProduct::of)
                        .toList(),
                CompatibilityEvidence.<CompatibilityEvidence>findAll()
                        .withHint(HibernateHints.HINT_READ_ONLY, true)
                        .list()
                        .stream()
                        .map(CatalogCompatibility::of)
                        .toList());
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
