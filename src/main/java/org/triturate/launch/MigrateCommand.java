package org.triturate.launch;

import io.quarkus.runtime.QuarkusApplication;
import org.jboss.logging.Logger;

/**
 * {@code java -jar quarkus-run.jar migrate}: the one-off migration of a cluster (a Kubernetes Job, deploy/cluster).
 * The start has already migrated (SchemaMigration, forced on by TriturateMain) and opened no HTTP port; the command
 * ends there, with exit code 0. A failed migration fails the start instead, with a non-zero exit code.
 */
public class MigrateCommand implements QuarkusApplication {

    /** The argument that selects this command. */
    public static final String NAME = "migrate";

    private static final Logger LOG = Logger.getLogger(MigrateCommand.class);

    @Override
    public int run(String... args) {
        LOG.info("The database schema is up to date");
        return 0;
    }
}
