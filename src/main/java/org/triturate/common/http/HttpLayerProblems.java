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
import java.util.Locale;
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

    private static final String CHUNKED_BODY_READ = "triturate.chunked-body-read";

    private final long maxBodyBytes;
    private final ObjectMapper json;

    HttpLayerProblems(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().order(Integer.MIN_VALUE).handler(context -> limitBodySize(context, chunkedBodies));
        router.route().order(Integer.MIN_VALUE + 1).handler(HttpLayerProblems::markEmptyChunkedBodyAsRead);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    /**
     * A declared length over the limit is refused at once. A chunked body has no declared length: it is read
     * here, up to the limit, and the route fails with 413 past it; Quarkus REST then uses the body already read.
     */
    private void limitBodySize(RoutingContext context, BodyHandler chunkedBodies) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLargerThanLimit(length)) {
            write(context, 413);
        } else if (length == null && isChunked(context)) {
            context.put(CHUNKED_BODY_READ, true);
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * The body handler leaves no body at all for an empty chunked request, and Quarkus REST would then wait for
     * one on a request stream that has already ended: an empty body is set so that it reads zero bytes instead.
     */
    private static void markEmptyChunkedBodyAsRead(RoutingContext context) {
        if (context.get(CHUNKED_BODY_READ) != null && context.body().buffer() == null) {
            context.setBody(Buffer.buffer());
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

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private void failure(RoutingContext context) {
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        if (status >= 500) {
            write(
                    context,
                    Problems.unexpected(context.failure(), context.request().path()));
        } else {
            write(context, status);
        }
    }

    private void write(RoutingContext context, int status) {
        ErrorCode code = Problems.codeForStatus(status);
        write(
                context,
                Problems.of(
                        status,
                        List.of(Violation.of(code, Problems.messageForStatus(status))),
                        context.request().path(),
                        null));
    }

    private void write(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body is always serializable", e);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
