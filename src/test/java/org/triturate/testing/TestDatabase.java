package org.triturate.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.triturate.launch.EmbeddedMariaDb;
import org.triturate.launch.SigningKeys;

/**
 * Starts one real embedded MariaDB for the whole test run, with a fresh data directory under target/, and gives
 * Quarkus its datasource and token keys: what {@code TriturateMain} does for the packaged service.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Path HOME = Path.of("target", "test-data").toAbsolutePath();

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        try {
            Path data = HOME.resolve("mariadb").resolve("data");
            deleteRecursively(data);
            db = EmbeddedMariaDb.start(HOME.resolve("mariadb"), "triturate_test");
            SigningKeys.inDataDirectory(HOME);
            Map<String, String> settings = new HashMap<>(db.quarkusSettings());
            settings.put("triturate.data-dir", HOME.toString());
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }

    /** Deletes {@code dir} and everything below it, if it exists. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
