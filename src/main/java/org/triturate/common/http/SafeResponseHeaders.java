package org.triturate.common.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries, whoever writes it (a resource, a problem mapper, the HTTP layer, health, OpenAPI):
 * {@code X-Content-Type-Options: nosniff}, so that a browser never guesses a type other than the one declared; and on
 * every {@code /api/} and {@code /fhir/} response {@code Cache-Control: no-store}, so that no browser or proxy cache keeps patient data
 * (any API response may carry it, and the API has nothing worth caching).
 */
@ApplicationScoped
public class SafeResponseHeaders {

    static final String API_PATH = "/api/";
    /** The FHIR endpoints carry the same patient data. */
    static final String FHIR_PATH = "/fhir/";

    /**
     * Installed before every other route (the observer's low priority), so that a response written by an earlier
     * route, such as the 413 of {@link HttpLayerProblems}, still gets the headers.
     */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(SafeResponseHeaders::addWhenHeadersAreWritten);
    }

    private static void addWhenHeadersAreWritten(RoutingContext context) {
        String path = context.request().path();
        boolean api = path.startsWith(API_PATH) || path.startsWith(FHIR_PATH);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (api) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
