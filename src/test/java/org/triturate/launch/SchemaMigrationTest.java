package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.change.Change;
import liquibase.change.core.CreateSequenceChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

/** What the start does with the schema, read from the real changelog and the test database. */
@QuarkusTest
class SchemaMigrationTest {

    @Inject
    LiquibaseFactory liquibaseFactory;

    @Inject
    DataSource dataSource;

    /**
     * What a Galera cluster needs of every table: a primary key (without one, a row is certified by all its columns
     * and applied by a full scan on every other node) and InnoDB (other engines are not replicated); and no
     * sequence (a cached one is refused, an uncached one repeats values across nodes). Liquibase's history table
     * (the only one of its tables the runtime account may read) has none: Liquibase owns it.
     */
    @Test
    void theSchemaIsClusterSafe() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals(
                    List.of(),
                    strings(
                            statement,
                            "SELECT t.table_name FROM information_schema.tables t"
                                    + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS"
                                    + " (SELECT 1 FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema"
                                    + " AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY') AND t.table_name <> 'DATABASECHANGELOG'"));
            assertEquals(
                    List.of(),
                    strings(
                            statement,
                            "SELECT table_name FROM information_schema.tables"
                                    + " WHERE table_schema = DATABASE() AND (table_type = 'SEQUENCE'"
                                    + " OR (table_type = 'BASE TABLE' AND engine <> 'InnoDB'))"));
            assertTrue(strings(
                            statement,
                            "SELECT table_name FROM information_schema.tables" + " WHERE table_schema = DATABASE()")
                    .containsAll(List.of("order_number", "patient_allergy", "prescriber_license")));
        }
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void theChangesetsSupersededOnGaleraAreExactlyTheOnesItRefuses() throws Exception {
        Set<String> refused = changeSets().stream()
                .filter(changeSet -> changeSet.getChanges().stream().anyMatch(SchemaMigrationTest::refusedByGalera))
                .map(ChangeSet::getId)
                .collect(Collectors.toSet());
        assertEquals(SchemaMigration.SUPERSEDED_ON_GALERA, refused);
    }

    @Test
    void aReplicaRefusesASchemaBehindItsCode() throws Exception {
        List<ChangeSet> all = changeSets();
        ChangeSet last =
                all.stream().filter(c -> !c.isAlwaysRun()).reduce((a, b) -> b).orElseThrow();
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> SchemaMigration.requireCurrent(List.of(last)));
        assertTrue(refused.getMessage().contains(last.getId()), refused.getMessage());
        assertTrue(refused.getMessage().contains("migrate"), refused.getMessage());
    }

    @Test
    void theGrantsThatRunAtEveryMigrationDoNotMakeASchemaBehind() throws Exception {
        List<ChangeSet> alwaysRun =
                changeSets().stream().filter(ChangeSet::isAlwaysRun).toList();
        assertFalse(alwaysRun.isEmpty());
        assertDoesNotThrow(() -> SchemaMigration.requireCurrent(alwaysRun));
    }

    @Test
    void theTestDatabaseIsNoClusterNodeAndIsCurrent() throws Exception {
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            assertFalse(SchemaMigration.isGalera(liquibase.getDatabase()));
            assertDoesNotThrow(() -> SchemaMigration.requireCurrent(SchemaMigration.notRun(liquibase)));
            // The replica's own reading of the history agrees with Liquibase's (which also lists the changesets
            // that run at every migration).
            assertEquals(
                    ids(
                            liquibase
                                    .listUnrunChangeSets(
                                            liquibaseFactory.createContexts(), liquibaseFactory.createLabels())
                                    .stream()
                                    .filter(changeSet -> !changeSet.isAlwaysRun())
                                    .toList()),
                    ids(SchemaMigration.notRun(liquibase)));
        }
    }

    private static List<String> ids(List<ChangeSet> changeSets) {
        return changeSets.stream().map(ChangeSet::getId).toList();
    }

    private List<ChangeSet> changeSets() throws Exception {
        try (Liquibase liquibase = liquibaseFactory.createLiquibase()) {
            return liquibase.getDatabaseChangeLog().getChangeSets();
        }
    }

    /** A cached sequence (error 1235) or a trigger, which needs SUPER with the cluster's binary log (1419). */
    private static boolean refusedByGalera(Change change) {
        return change instanceof CreateSequenceChange
                || (change instanceof RawSQLChange sql
                        && sql.getSql().toUpperCase(Locale.ROOT).contains("CREATE TRIGGER"));
    }
}
