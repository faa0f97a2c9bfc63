package org.triturate.common.reliability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.triturate.launch.EmbeddedMariaDb;
import org.triturate.testing.DatabaseLink;

/**
 * Its own embedded MariaDB behind a {@link DatabaseLink}, with short timeouts: the service reaches its database only
 * through the link, Liquibase included. Ordered after the global TestDatabase, so that its datasource wins.
 */
public class LinkedDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Path HOME = Path.of("target", "test-data-link").toAbsolutePath();

    /** The link of the running service, for the test to break. */
    static volatile DatabaseLink link;

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        try {
            db = EmbeddedMariaDb.start(HOME.resolve("mariadb"), "triturate_link");
            link = DatabaseLink.to("127.0.0.1", db.port());
            Map<String, String> settings = new HashMap<>(db.quarkusSettings());
            settings.put(
                    "quarkus.datasource.jdbc.url",
                    db.jdbcUrl().replace(":" + db.port() + "/", ":" + link.port() + "/"));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void stop() {
        if (link != null) {
            link.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
