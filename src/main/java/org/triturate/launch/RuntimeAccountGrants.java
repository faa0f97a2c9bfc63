package org.triturate.launch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.jboss.logging.Logger;

/**
 * Gives the runtime account the rights on the application's tables it needs and nothing more, as the last step of
 * every migration run (changelog 013, {@code runAlways}, {@code runOrder="last"}), on the migration account's
 * connection. Tables come from information_schema, so a table a later changelog adds is covered on the run that
 * creates it. The runtime account never gets DROP, ALTER, TRIGGER or TRUNCATE (TRUNCATE needs DROP), nor any
 * right on Liquibase's own tables but reading the changelog's history (a replica that does not migrate checks with it
 * that its schema is current, SchemaMigration); the audit tables are append-only for it. When the datasource and Liquibase use
 * the same account (an external server configured with one account), there is nothing to grant.
 */
public class RuntimeAccountGrants implements CustomTaskChange {

    /** The host part of the runtime account ({@code 'triturate'@'%'} unless set). */
    public static final String HOST_SETTING = "quarkus.liquibase.change-log-parameters.runtime-user-host";

    private static final Logger LOG = Logger.getLogger(RuntimeAccountGrants.class);
    private static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";
    private static final String APPEND_ONLY = "SELECT, INSERT";
    private static final Set<String> APPEND_ONLY_TABLES = Set.of("access_log");

    private String runtimeUser;
    private String runtimeUserHost;
    private int granted;

    public void setRuntimeUser(String runtimeUser) {
        this.runtimeUser = runtimeUser;
    }

    public void setRuntimeUserHost(String runtimeUserHost) {
        this.runtimeUserHost = runtimeUserHost;
    }

    /**
     * The rights the runtime account gets on one object of the application's schema: SELECT on Liquibase's history
     * table, none on its lock table and on anything that is not a table; SELECT and INSERT on the audit tables
     * (append-only); SELECT, INSERT, UPDATE and DELETE on every other table.
     */
    static Optional<String> privileges(String table, String type, String changeLogTable, String lockTable) {
        String name = table.toLowerCase(Locale.ROOT);
        if (name.equals(changeLogTable.toLowerCase(Locale.ROOT))) {
            return Optional.of("SELECT");
        }
        if (name.equals(lockTable.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return switch (type) {
            case "BASE TABLE" ->
                Optional.of(name.startsWith("audit") || APPEND_ONLY_TABLES.contains(name) ? APPEND_ONLY : READ_WRITE);
            default -> Optional.empty();
        };
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (Statement statement = connection.createStatement()) {
            if (runtimeUser.equals(currentUser(statement))) {
                LOG.debugf("The runtime account %s also migrates: no grants to give", runtimeUser);
                return;
            }
            String grantee = literal(runtimeUser) + "@" + literal(runtimeUserHost);
            List<String> grants = new ArrayList<>();
            try (ResultSet tables =
                    statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES"
                            + " WHERE TABLE_SCHEMA = DATABASE()")) {
                while (tables.next()) {
                    String on = identifier(tables.getString(1)) + "." + identifier(tables.getString(2));
                    privileges(
                                    tables.getString(2),
                                    tables.getString(3),
                                    database.getDatabaseChangeLogTableName(),
                                    database.getDatabaseChangeLogLockTableName())
                            .ifPresent(rights -> grants.add("GRANT " + rights + " ON " + on + " TO " + grantee));
                }
            }
            for (String grant : grants) {
                statement.execute(grant);
            }
            granted = grants.size();
        } catch (SQLException e) {
            throw new CustomChangeException(
                    "Could not grant the runtime account " + runtimeUser + "@" + runtimeUserHost
                            + " its rights (does the account exist, and may the migration account grant?)",
                    e);
        }
    }

    private static String currentUser(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT CURRENT_USER()")) {
            result.next();
            String account = result.getString(1);
            return account.substring(0, account.lastIndexOf('@'));
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public String getConfirmationMessage() {
        return "Granted the runtime account " + runtimeUser + " its rights on " + granted + " tables";
    }

    @Override
    public void setUp() {
        // Nothing to prepare.
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // Reads no files.
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        errors.checkRequiredField("runtimeUser", runtimeUser);
        errors.checkRequiredField("runtimeUserHost", runtimeUserHost);
        return errors;
    }
}
