package org.triturate.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * MariaDB's own statement counters (SHOW GLOBAL STATUS): Questions (every statement a client sent) and the Com_* of
 * each kind. They count every client of the server, so figures taken from them are exact only when the measured
 * service is the server's one busy client.
 */
public final class StatementCounters {

    private static final String QUERY = "SHOW GLOBAL STATUS WHERE Variable_name = 'Questions' OR Variable_name IN "
            + "('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', 'Com_rollback', 'Com_begin', "
            + "'Com_set_option', 'Com_show_status')";

    private StatementCounters() {}

    public static Map<String, Long> read(Connection connection) throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counters;
    }

    /**
     * Each counter's increase from {@code before} to {@code after} per {@code events}, leaving out the one reading of
     * the counters between the two (it counts as a Question and a Com_show_status); counters that did not move are
     * left out.
     */
    public static Map<String, Double> perEvent(Map<String, Long> before, Map<String, Long> after, long events) {
        Map<String, Double> per = new TreeMap<>();
        for (Map.Entry<String, Long> counter : after.entrySet()) {
            String name = counter.getKey();
            long ownReading = name.equals("Questions") || name.equals("Com_show_status") ? 1 : 0;
            long delta = counter.getValue() - before.getOrDefault(name, 0L) - ownReading;
            if (delta > 0 && events > 0) {
                per.put(name, (double) delta / events);
            }
        }
        return per;
    }
}
