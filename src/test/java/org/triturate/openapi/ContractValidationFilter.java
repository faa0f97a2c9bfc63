package org.triturate.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Set;

/**
 * Checks every REST Assured exchange of the tests against the OpenAPI document, so that the document cannot drift
 * from what the service really answers. Every response is checked; a request only when the service accepted it,
 * since tests send invalid requests on purpose to see them refused.
 */
final class ContractValidationFilter implements OrderedFilter {

    /**
     * Only a refused request may be for a path or method the API does not have (a test of the 404 or 405 problem):
     * the document cannot describe what does not exist.
     */
    private static final Set<String> UNDESCRIBABLE_WHEN_REFUSED =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    ContractValidationFilter(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    @Override
    public io.restassured.response.Response filter(
            FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        io.restassured.response.Response restResponse = context.next(requestSpec, responseSpec);
        // REST Assured adds auth().oauth2(token) only while sending; the validator checks the header is there.
        if (requestSpec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2
                && !requestSpec.getHeaders().hasHeaderWithName("Authorization")) {
            requestSpec.header("Authorization", "Bearer " + oauth2.getAccessToken());
        }
        Request request = RestAssuredRequest.of(requestSpec);
        if (!request.getPath().startsWith("/api/") || request.getMethod() == Request.Method.OPTIONS) {
            // Quarkus' own /q endpoints and CORS preflights, answered by the HTTP layer, are not part of the API.
            return restResponse;
        }
        Response response = RestAssuredResponse.of(restResponse);
        boolean refused = response.getStatus() >= 400;
        ValidationReport report = refused
                ? validator.validateResponse(request.getPath(), request.getMethod(), response)
                : validator.validate(request, response);
        ValidationReport errors = ValidationReport.from(report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !(refused && UNDESCRIBABLE_WHEN_REFUSED.contains(message.getKey())))
                .toList());
        if (errors.hasErrors()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + request.getPath() + " -> "
                    + response.getStatus() + " does not match docs/openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(errors)
                    + "\nResponse body: " + response.getBody().orElse(""));
        }
        return restResponse;
    }

    @Override
    public int getOrder() {
        // Last, so that it sees the request as sent and the response as received.
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
