package org.triturate.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Collects the SQL Hibernate prepares, on every thread, while open: the statements a request really sends, so a
 * test can EXPLAIN them or count them. Installed in every test run; it does nothing when closed.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class CapturedSql implements StatementInspector, AutoCloseable {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();
    private static volatile boolean open;

    public static CapturedSql start() {
        STATEMENTS.clear();
        open = true;
        return new CapturedSql();
    }

    @Override
    public String inspect(String sql) {
        if (open) {
            STATEMENTS.add(sql);
        }
        return sql;
    }

    public List<String> statements() {
        return List.copyOf(STATEMENTS);
    }

    @Override
    public void close() {
        open = false;
    }
}
