package org.triturate.launch;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.jboss.logging.Logger;
import org.triturate.common.config.TriturateConfig;

/**
 * Brings the schema up to date before anything else runs at start (or, with migrations off, refuses to start on a
 * schema that is behind), under Liquibase's lock, as Quarkus's own migration would; and installs it on a MariaDB
 * Galera cluster, which refuses five changesets that landed before the service ran on one: the sequences of 003,
 * 004 and 006 (error 1235: a cached sequence) and the append-only triggers of 001 and 014 (error 1419: creating a
 * trigger needs SUPER while the cluster's binary log is on). Changelog 018 supersedes them: AUTO_INCREMENT
 * allocation tables replace the sequences, and the runtime account's grants (changelog 013, INSERT and SELECT
 * only on the audit tables) keep the audit trail append-only. On a cluster they are recorded as ran (MARK_RAN)
 * without running; a single server still runs them, since landed changesets never change.
 */
@ApplicationScoped
public class SchemaMigration {

    /** The ids of the changesets a Galera cluster refuses, all superseded as said above. */
    static final Set<String> SUPERSEDED_ON_GALERA = Set.of(
            "001-audit-event-append-only",
            "003-order-number-sequence",
            "004-formulation-record-sequence",
            "006-preparation-lot-sequence",
            "014-access-log-append-only");

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    private final LiquibaseFactory liquibaseFactory;
    private final TriturateConfig config;

    SchemaMigration(LiquibaseFactory liquibaseFactory, TriturateConfig config) {
        this.liquibaseFactory = liquibaseFactory;
        this.config = config;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event)
            throws LiquibaseException, SQLException {
        Contexts contexts = liquibaseFactory.createContexts();
        LabelExpression labels = liquibaseFactory.createLabels();
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            if (!config.database().migrateAtStart()) {
                requireCurrent(notRun(liquibase));
                return;
            }
            LockService lock = LockServiceFactory.getInstance().getLockService(liquibase.getDatabase());
            lock.waitForLock();
            try {
                migrate(liquibase, contexts, labels);
            } finally {
                lock.releaseLock();
            }
        }
    }

    /**
     * The changesets of this version's changelog that the database's history does not list, read without Liquibase's
     * lock or any write: a replica may run as the runtime account, which may only read the history (changelog 013).
     */
    static List<ChangeSet> notRun(Liquibase liquibase) throws LiquibaseException, SQLException {
        Database database = liquibase.getDatabase();
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        Set<String> ran = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT ID, AUTHOR FROM " + database.getDatabaseChangeLogTableName())) {
            while (rows.next()) {
                ran.add(rows.getString(1) + "::" + rows.getString(2));
            }
        }
        return liquibase.getDatabaseChangeLog().getChangeSets().stream()
                .filter(changeSet -> !ran.contains(changeSet.getId() + "::" + changeSet.getAuthor()))
                .toList();
    }

    private static void migrate(Liquibase liquibase, Contexts contexts, LabelExpression labels)
            throws LiquibaseException, SQLException {
        Database database = liquibase.getDatabase();
        if (isGalera(database)) {
            ChangeLogHistoryService history = Scope.getCurrentScope()
                    .getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(database);
            history.init();
            for (ChangeSet changeSet : liquibase.listUnrunChangeSets(contexts, labels)) {
                if (SUPERSEDED_ON_GALERA.contains(changeSet.getId())) {
                    history.setExecType(changeSet, ChangeSet.ExecType.MARK_RAN);
                    LOG.infof("Galera cluster: changeset %s recorded as superseded by 018", changeSet.getId());
                }
            }
        }
        liquibase.update(contexts, labels);
    }

    /**
     * With migrations off, a schema behind the code would fail requests one by one; failing the start says at once
     * that the one-off migration has not run yet (Kubernetes then restarts the replica until it has). Changesets
     * that run on every migration (the runtime account's grants) do not count.
     */
    static void requireCurrent(List<ChangeSet> unrun) {
        List<String> behind = unrun.stream()
                .filter(changeSet -> !changeSet.isAlwaysRun())
                .map(ChangeSet::getId)
                .toList();
        if (!behind.isEmpty()) {
            throw new IllegalStateException("The database schema is behind this version by " + behind.size()
                    + " changesets (first: " + behind.get(0) + ") and TRITURATE_DB_MIGRATE_AT_START is false: run"
                    + " `java -jar quarkus-run.jar migrate` (the migration job) first");
        }
    }

    static boolean isGalera(Database database) throws SQLException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement statement = connection.createStatement();
                ResultSet variable = statement.executeQuery("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) {
            return variable.next() && "ON".equalsIgnoreCase(variable.getString(2));
        }
    }
}
