package org.triturate.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The drift check: the committed docs/openapi.yaml is exactly the document the service serves. After a change of
 * the API, refresh it with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.refresh=true} and commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final String REFRESH = "openapi.refresh";
    /** The served document, kept for a diff when the check fails. */
    static final Path SERVED = Path.of("target", "openapi", "served.yaml");

    @Test
    void committedDocumentIsTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean(REFRESH)) {
            Files.writeString(ContractValidation.DOCUMENT, served);
        }
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);
        String committed = Files.exists(ContractValidation.DOCUMENT) ? Files.readString(ContractValidation.DOCUMENT)
                : "";
        assertEquals(committed, served, ContractValidation.DOCUMENT + " differs from the document the service "
                + "serves (" + SERVED + "); refresh it with ./mvnw test -Dtest=OpenApiDocumentTest -D" + REFRESH + "=true and commit it");
    }
}
