package org.triturate.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rights the runtime account gets on which kind of table; RuntimeAccountTest tries them on the server. */
class RuntimeAccountGrantsTest {

    @ParameterizedTest
    @CsvSource({
        "patient, BASE TABLE, 'SELECT, INSERT, UPDATE, DELETE'",
        "audit_event, BASE TABLE, 'SELECT, INSERT'",
        "audit_entry, BASE TABLE, 'SELECT, INSERT'",
        "AUDIT_EVENT, BASE TABLE, 'SELECT, INSERT'",
        "access_log, BASE TABLE, 'SELECT, INSERT'",
        "access_log_archive, BASE TABLE, 'SELECT, INSERT, UPDATE, DELETE'",
        "order_number, BASE TABLE, 'SELECT, INSERT, UPDATE, DELETE'",
        "order_number_seq, SEQUENCE, ",
        "DATABASECHANGELOG, BASE TABLE, SELECT",
        "DATABASECHANGELOGLOCK, BASE TABLE, ",
        "some_view, VIEW, "
    })
    void grants(String table, String type, String expected) {
        assertEquals(
                Optional.ofNullable(expected),
                RuntimeAccountGrants.privileges(table, type, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK"));
    }
}
