package org.triturate.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Installs {@link ContractValidationFilter} for every {@code @QuarkusTest} but the benchmarks (registered in
 * META-INF/services). It
 * validates against the committed docs/openapi.yaml, which {@link OpenApiDocumentTest} keeps equal to what the
 * service serves.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    static final Path DOCUMENT = Path.of("docs", "openapi.yaml");
    private static final String BENCHMARKS = "org.triturate.bench";

    private static ContractValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (context.getTestInstance().getClass().getPackageName().equals(BENCHMARKS)) {
            // A benchmark times the service, not the validator.
            RestAssured.replaceFiltersWith(RestAssured.filters().stream()
                    .filter(installed -> installed != filter)
                    .toList());
        } else if (!RestAssured.filters().contains(filter())) {
            RestAssured.filters(filter());
        }
    }

    private static synchronized ContractValidationFilter filter() {
        if (filter == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            OpenAPI api = new OpenAPIV3Parser()
                    .readContents(read(DOCUMENT), null, options)
                    .getOpenAPI();
            filter = new ContractValidationFilter(OpenApiInteractionValidator.createFor(NullableReferences.resolve(api))
                    .build());
        }
        return filter;
    }

    private static String read(Path document) {
        try {
            return Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document.toAbsolutePath(), e);
        }
    }
}
