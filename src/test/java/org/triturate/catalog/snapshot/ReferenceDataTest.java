package org.triturate.catalog.snapshot;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.triturate.catalog.Ingredient;
import org.triturate.testing.Api;
import org.triturate.testing.Orders;
import org.triturate.testing.Orders.Clinic;
import org.triturate.testing.Registry;

/**
 * The catalog kept in memory follows {@code reference_data_version}: a change through the API, or by another
 * instance that raises the version, is seen by the next order; a change that does not raise it is not (the contract
 * of docs/reference-data.md).
 */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    DataSource dataSource;

    @Inject
    ReferenceData referenceData;

    @Test
    void anIngredientWithdrawnThroughTheApiRefusesTheNextOrder() {
        Clinic clinic = Orders.clinic();
        String name = Api.unique("Testoxetine");
        long ingredientId = Orders.newActive(Map.of("name", name));
        Orders.submitted(clinic.prescriberToken(), orderOf(clinic, ingredientId));

        Map<String, Object> withdrawn = Registry.active(name);
        withdrawn.put("withdrawnForSafety", true);
        Api.as(Api.adminToken())
                .header("If-Match", "\"0\"")
                .body(withdrawn)
                .put("/api/v1/ingredients/" + ingredientId)
                .then()
                .statusCode(200);

        refusedAsWithdrawn(clinic, ingredientId);
    }

    @Test
    void anIngredientWithdrawnByAnotherInstanceRefusesTheNextOrder() throws SQLException {
        Clinic clinic = Orders.clinic();
        long ingredientId = Orders.newActive(Map.of());
        Orders.submitted(clinic.prescriberToken(), orderOf(clinic, ingredientId));

        withdrawWithSql(ingredientId, true);

        refusedAsWithdrawn(clinic, ingredientId);
    }

    @Test
    void aChangeThatDoesNotRaiseTheVersionIsNotSeenUntilOneDoes() throws SQLException {
        Clinic clinic = Orders.clinic();
        long ingredientId = Orders.newActive(Map.of());
        Orders.submitted(clinic.prescriberToken(), orderOf(clinic, ingredientId));

        withdrawWithSql(ingredientId, false);
        Orders.submitted(clinic.prescriberToken(), orderOf(clinic, ingredientId));

        raiseVersion();
        refusedAsWithdrawn(clinic, ingredientId);
    }

    /**
     * A transaction that changed the catalog reads its own uncommitted change; if that were kept, a rollback followed
     * by another writer's commit (the same version number) would leave the rolled-back row in every later order.
     */
    @Test
    void aCatalogReadByATransactionThatChangedTheCatalogIsNotKept() throws SQLException {
        long ingredientId = Orders.newActive(Map.of("withdrawnForSafety", true));
        QuarkusTransaction.begin();
        try {
            Ingredient ingredient = Ingredient.findById(ingredientId);
            ingredient.withdrawnForSafety = false;
            ingredient.persistAndFlush();
            referenceData.changed();
            assertFalse(withdrawn(referenceData.current(), ingredientId), "the transaction sees its own change");
        } finally {
            QuarkusTransaction.rollback();
        }

        raiseVersion();

        assertTrue(
                QuarkusTransaction.requiringNew().call(() -> withdrawn(referenceData.current(), ingredientId)),
                "the committed row, not the rolled-back change");
    }

    private static boolean withdrawn(CatalogSnapshot catalog, long ingredientId) {
        return catalog.ingredients(List.of(ingredientId)).get(ingredientId).withdrawnForSafety();
    }

    private static Map<String, Object> orderOf(Clinic clinic, long ingredientId) {
        Map<String, Object> body = Orders.sertralineCapsules(clinic.patientId());
        body.put("actives", List.of(Orders.active(ingredientId, 10, "mg")));
        return body;
    }

    private static void refusedAsWithdrawn(Clinic clinic, long ingredientId) {
        Orders.submit(clinic.prescriberToken(), orderOf(clinic, ingredientId))
                .then()
                .statusCode(422)
                .body("violations.code", contains("WITHDRAWN_FOR_SAFETY"));
    }

    /** What another instance, or an operator, does: its own transaction, on its own connection. */
    private void withdrawWithSql(long ingredientId, boolean raiseVersion) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement withdraw =
                    connection.prepareStatement("UPDATE ingredient SET withdrawn_for_safety = TRUE WHERE id = ?")) {
                withdraw.setLong(1, ingredientId);
                withdraw.executeUpdate();
            }
            if (raiseVersion) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(RAISE_VERSION);
                }
            }
            connection.commit();
        }
    }

    private void raiseVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(RAISE_VERSION);
        }
    }

    private static final String RAISE_VERSION = "UPDATE reference_data_version SET version = version + 1 WHERE id = 1";
}
