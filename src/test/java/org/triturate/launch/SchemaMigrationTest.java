package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
            assertDoesNotThrow(() -> SchemaMigration.requireCurrent(
                    liquibase.listUnrunChangeSets(liquibaseFactory.createContexts(), liquibaseFactory.createLabels())));
        }
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
