package org.triturate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A seeding script of src/test/resources/bench: lines starting with "--" are comments, statements end with ';' at
 * the end of a line. Run on one connection, so that its temporary tables and @variables are those of the caller.
 */
public final class SqlScript {

    private SqlScript() {}

    public static void run(Connection connection, String resource) throws SQLException, IOException {
        String script;
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no script " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
