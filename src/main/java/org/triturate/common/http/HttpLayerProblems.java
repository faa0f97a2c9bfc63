package org.triturate.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Problem;
import org.triturate.common.problem.Problems;
import org.triturate.common.problem.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Problem responses for what is refused before a request reaches JAX-RS: bodies over the size limit, which
 * Vert.x would otherwise answer with an empty 413, and any other failure of the HTTP layer.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private final long maxBodyBytes;
    private final ObjectMapper json;

    HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                      ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void rejectOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLargerThanLimit(length)) {
            write(context, 413);
            return;
        }
        context.next();
    }

    private boolean isLargerThanLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void failure(RoutingContext context) {
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        if (status >= 500) {
            write(context, Problems.unexpected(context.failure(), context.request().path()));
        } else {
            write(context, status);
        }
    }

    private void write(RoutingContext context, int status) {
        ErrorCode code = Problems.codeForStatus(status);
        write(context, Problems.of(status, List.of(Violation.of(code, Problems.messageForStatus(status))),
                context.request().path(), null));
    }

    private void write(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body is always serializable", e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
