package org.triturate.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/**
 * The drift check: the committed docs/openapi.yaml says exactly what the service serves at /q/openapi. The build
 * writes the document to target/openapi/openapi.yaml; after a change of the API, copy it to docs/openapi.yaml with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.refresh=true} and commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final String REFRESH = "openapi.refresh";
    static final Path EXPORTED = Path.of("target", "openapi", "openapi.yaml");

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void committedDocumentIsTheServedOne() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean(REFRESH)) {
            Files.copy(EXPORTED, ContractValidation.DOCUMENT, StandardCopyOption.REPLACE_EXISTING);
        }
        String committed =
                Files.exists(ContractValidation.DOCUMENT) ? Files.readString(ContractValidation.DOCUMENT) : "{}";
        // The build's export and the served text order some keys differently; their content must be equal.
        assertEquals(
                tree(committed),
                tree(served),
                ContractValidation.DOCUMENT + " differs from the document the "
                        + "service serves; refresh it with ./mvnw test -Dtest=OpenApiDocumentTest -D" + REFRESH
                        + "=true and commit it");
    }

    private static JsonNode tree(String yaml) throws IOException {
        return YAML.readTree(yaml);
    }
}
