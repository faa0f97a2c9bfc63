package org.triturate.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Problem;
import org.triturate.common.problem.Problems;
import org.triturate.common.problem.Violation;

/**
 * Problem responses for what is refused before a request reaches JAX-RS: bodies over the size limit, which
 * Quarkus would otherwise answer with an empty 413, and any other failure of the HTTP layer.
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
        // Every body is read here, whether its length is declared or it arrives chunked (or as HTTP/2 frames),
        // and the route fails with 413 past the limit; Quarkus REST then uses the body already read.
        router.route().order(Integer.MIN_VALUE).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
        router.route().order(Integer.MIN_VALUE + 1).handler(HttpLayerProblems::markEmptyBodyAsRead);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    /**
     * The body handler leaves no body at all for an empty request, and Quarkus REST would then wait for one on a
     * request stream that has already ended: an empty body is set so that it reads zero bytes instead.
     */
    private static void markEmptyBodyAsRead(RoutingContext context) {
        if (context.body().buffer() == null) {
            context.setBody(Buffer.buffer());
        }
        context.next();
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
