package org.triturate;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.triturate.launch.EmbeddedMariaDb;
import org.triturate.launch.LaunchSettings;
import org.triturate.launch.MigrateCommand;
import org.triturate.launch.SigningKeys;

/**
 * Prepares what the datasource and the token verifier need before Quarkus starts: the data directory, the
 * embedded MariaDB when no external database is configured, and the token signing keys. Tests do the same in
 * their global test resource, because Quarkus does not call this method under {@code @QuarkusTest}. With the
 * argument {@code migrate} it only migrates the database and exits (MigrateCommand).
 */
@QuarkusMain
public final class TriturateMain {

    private static final Logger LOG = Logger.getLogger(TriturateMain.class);
    private static final String EMBEDDED_DATABASE = "triturate";
    private static final long SHUTDOWN_GRACE_SECONDS = 30;
    // Set by quarkus:dev (pom.xml); Quarkus does not know its launch mode yet when this method runs. Not a
    // triturate.* key: the configuration mapping of that prefix refuses keys it does not know.
    private static final String DEV_MODE = "triturate-dev-mode";

    private TriturateMain() {}

    public static void main(String... args) throws IOException {
        Class<MigrateCommand> command = null;
        if (args.length > 0 && MigrateCommand.NAME.equals(args[0])) {
            command = MigrateCommand.class;
            // System properties outrank the environment: the command always migrates, and serves nothing.
            System.setProperty("triturate.database.migrate-at-start", "true");
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        Files.createDirectories(settings.dataDir());
        System.setProperty("triturate.data-dir", settings.dataDir().toString());

        if (!settings.signingKeyConfigured() || !settings.verificationKeyConfigured()) {
            // application.properties points the unset key locations at these files.
            SigningKeys.inDataDirectory(settings.dataDir());
        }

        if (settings.externalDatabase()) {
            Quarkus.run(command, args);
            return;
        }
        long started = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(settings.dataDir().resolve("mariadb"), EMBEDDED_DATABASE);
        LOG.infof(
                "Embedded MariaDB listening on 127.0.0.1:%d (data in %s), up in %d ms",
                db.port(), settings.dataDir().resolve("mariadb"), (System.nanoTime() - started) / 1_000_000);
        db.quarkusSettings().forEach(System::setProperty);

        if (Boolean.getBoolean(DEV_MODE)) {
            runDevMode(db, args);
            return;
        }

        CountDownLatch databaseStopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> awaitThenStop(db, databaseStopped), "embedded-mariadb-shutdown"));
        AtomicInteger exitCode = new AtomicInteger();
        try {
            // Quarkus's default exit handler calls System.exit here; this one returns, so that the database
            // stops only after Quarkus has stopped using it.
            Quarkus.run(command, (code, failure) -> exitCode.set(code), args);
        } finally {
            db.close();
            databaseStopped.countDown();
        }
        System.exit(exitCode.get());
    }

    /**
     * quarkus:dev stops Quarkus and calls this main method again at every live reload, in the same JVM: the system
     * properties set above then make that call start on the running database, which lives as long as the JVM.
     */
    private static void runDevMode(EmbeddedMariaDb db, String... args) {
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-mariadb-shutdown"));
        Quarkus.run(args);
    }

    /**
     * On SIGTERM or Ctrl-C the JVM runs its shutdown hooks at once, Quarkus's among them; the main thread then
     * leaves Quarkus.run and stops the database. This hook keeps the JVM alive until it has, and stops the
     * database itself if the main thread does not get there in time.
     */
    private static void awaitThenStop(EmbeddedMariaDb db, CountDownLatch databaseStopped) {
        try {
            if (!databaseStopped.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                db.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            db.close();
        }
    }
}
