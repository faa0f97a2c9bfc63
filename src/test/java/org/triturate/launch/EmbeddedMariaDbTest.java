package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded server keeps its data across restarts, also in a directory below java.io.tmpdir. */
class EmbeddedMariaDbTest {

    @Test
    void dataBelowTheTemporaryDirectorySurvivesARestart() throws Exception {
        Path home = Files.createTempDirectory("triturate-embedded-");
        assertTrue(home.toString().startsWith(System.getProperty("java.io.tmpdir")));
        try {
            try (EmbeddedMariaDb first = EmbeddedMariaDb.start(home, "survivor")) {
                execute(first, "CREATE TABLE kept (id INT PRIMARY KEY)");
                execute(first, "INSERT INTO kept VALUES (42)");
            }
            try (EmbeddedMariaDb second = EmbeddedMariaDb.start(home, "survivor");
                    Connection connection = DriverManager.getConnection(second.jdbcUrl(), EmbeddedMariaDb.USER, "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
                assertTrue(rows.next(), "the row written before the restart is there");
                assertEquals(42, rows.getInt(1));
            }
        } finally {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
