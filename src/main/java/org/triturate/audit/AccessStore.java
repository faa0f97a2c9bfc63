package org.triturate.audit;

import java.sql.SQLException;
import java.util.List;

/** Where the access log's rows end up; {@link JdbcAccessStore} in the service, a list in tests. */
interface AccessStore {

    /** Writes every record or none; throws when the rows could not be written, so that the caller retries them. */
    void write(List<AccessRecord> records) throws SQLException;
}
