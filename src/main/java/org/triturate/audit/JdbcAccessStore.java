package org.triturate.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes access-log rows with one multi-row INSERT per batch, outside any request's transaction (autocommit). It only
 * ever inserts: the runtime database account may do no more on access_log.
 */
final class JdbcAccessStore implements AccessStore {

    private static final String INSERT = "insert into access_log (occurred_at, user_id, username, role, action, "
            + "resource_id, patient_id, remote_address, request_id) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    JdbcAccessStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void write(List<AccessRecord> records) throws SQLException {
        String sql = INSERT + String.join(", ", Collections.nCopies(records.size(), ROW));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            int parameter = 0;
            for (AccessRecord record : records) {
                Accessor accessor = record.accessor();
                // Stored as UTC wall-clock time, as Hibernate stores and reads every instant (jdbc.timezone=UTC).
                insert.setObject(++parameter, LocalDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC));
                setLong(insert, ++parameter, accessor.userId());
                insert.setString(++parameter, accessor.username());
                insert.setString(++parameter, accessor.role());
                insert.setString(++parameter, record.action().name());
                setLong(insert, ++parameter, record.resourceId());
                setLong(insert, ++parameter, record.patientId());
                insert.setString(++parameter, accessor.remoteAddress());
                insert.setString(++parameter, accessor.requestId());
            }
            insert.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement statement, int parameter, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(parameter, Types.BIGINT);
        } else {
            statement.setLong(parameter, value);
        }
    }
}
