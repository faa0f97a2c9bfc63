package org.triturate.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Problem;
import org.triturate.common.problem.Problems;
import org.triturate.common.problem.Violation;

/**
 * Problem responses for what is refused before a request reaches JAX-RS: a request line or headers over their
 * limits, bodies over the size limit, bodies that are not UTF-8 JSON, and any other failure
 * of the HTTP layer, which Vert.x or Quarkus would otherwise answer with an empty body.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    private static final String API_PATH = "/api/";
    private static final String READING_BODY = "triturate.reading-body";
    private static final String BODY_READ = "triturate.body-read";
    /** The separators and version of an HTTP/1.x request line: the two spaces and "HTTP/1.1". */
    private static final int REQUEST_LINE_FRAME = 2 + "HTTP/1.1".length();

    private final long maxBodyBytes;
    private final long maxRequestLine;
    private final long maxHeaderSize;
    private final ObjectMapper json;

    /**
     * Refuses to start when a limit of ours is not below Vert.x's: Vert.x would then refuse first, with an empty
     * body, and the configured limit would silently never apply.
     */
    HttpLayerProblems(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int vertxMaxRequestLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize vertxMaxHeaderSize,
            HttpLimits limits,
            ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxRequestLine = limits.maxRequestLine().asLongValue();
        this.maxHeaderSize = limits.maxHeaderSize().asLongValue();
        this.json = json;
        if (maxRequestLine >= vertxMaxRequestLine || maxHeaderSize >= vertxMaxHeaderSize.asLongValue()) {
            throw new IllegalStateException("triturate.http.max-request-line (" + maxRequestLine
                    + ") and triturate.http.max-header-size (" + maxHeaderSize + ") must stay below "
                    + "quarkus.http.limits.max-initial-line-length (" + vertxMaxRequestLine
                    + ") and quarkus.http.limits.max-header-size (" + vertxMaxHeaderSize.asLongValue() + ")");
        }
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().order(Integer.MIN_VALUE).handler(this::checkRequestHead);
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> readBody(context, bodies));
        router.route().order(Integer.MIN_VALUE + 2).handler(this::checkBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    /**
     * The request line and header limits, enforced here rather than by Vert.x so that the refusal is a problem
     * document.
     */
    private void checkRequestHead(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method().name().length() + request.uri().length() + REQUEST_LINE_FRAME > maxRequestLine) {
            write(context, 414);
        } else if (headerSize(request) > maxHeaderSize) {
            write(context, 431);
        } else {
            context.next();
        }
    }

    /** The bytes of all header lines as sent ({@code name: value}), without their line ends. */
    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    /**
     * A declared length over the limit is refused at once. Every API body, and any chunked body (which has no
     * declared length), is read here up to the limit, and the route fails with 413 past it; Quarkus REST then uses
     * the body already read. Reading API bodies here lets {@link #checkBody} judge them before anything parses them.
     */
    private void readBody(RoutingContext context, BodyHandler bodies) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = declaredLength(length);
        boolean chunked = length == null && isChunked(context);
        if (declared > maxBodyBytes) {
            write(context, 413);
        } else if (chunked || (isApi(context) && declared > 0)) {
            context.put(READING_BODY, true);
            bodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * A non-empty API body must be declared as JSON in UTF-8 (415 otherwise) and be strictly valid UTF-8 (400
     * otherwise). The body handler leaves no body at all for an empty chunked request, and Quarkus REST would then
     * wait for one on a request stream that has already ended: an empty body is set so that it reads zero bytes.
     */
    private void checkBody(RoutingContext context) {
        if (context.get(READING_BODY) == null) {
            context.next();
            return;
        }
        context.put(BODY_READ, true);
        Buffer body = context.body().buffer();
        if (body == null) {
            context.setBody(Buffer.buffer());
        } else if (body.length() > 0 && isApi(context)) {
            if (!JsonMediaTypes.accepts(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
                write(context, 415);
                return;
            }
            Optional<String> notUtf8 = StrictUtf8.problemWith(body.getByteBuf().nioBuffer());
            if (notUtf8.isPresent()) {
                write(context, 400, notUtf8.get());
                return;
            }
        }
        context.next();
    }

    private static boolean isApi(RoutingContext context) {
        return context.request().path().startsWith(API_PATH);
    }

    /** The declared body length, or -1 without one (Vert.x refuses a Content-Length it cannot read itself). */
    private static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /**
     * A client that hangs up is not an error of the service: nobody is left to read an answer, so none is written,
     * and the log gets a DEBUG line instead of an ERROR with a correlation id that no client will ever quote.
     */
    private void failure(RoutingContext context) {
        if (context.response().closed() || context.failure() instanceof HttpClosedException) {
            LOG.debugf(
                    "The client closed the connection before %s %s was answered",
                    context.request().method(), context.request().path());
            return;
        }
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status == 500 && context.get(READING_BODY) != null && context.get(BODY_READ) == null) {
            // The body's framing is broken (say, a chunk size that is not hexadecimal): the client's fault, not ours.
            write(context, 400, "The request body could not be read");
        } else if (status >= 500) {
            write(
                    context,
                    Problems.unexpected(context.failure(), context.request().path()));
        } else {
            write(context, status);
        }
    }

    private void write(RoutingContext context, int status) {
        write(context, status, Problems.messageForStatus(status));
    }

    private void write(RoutingContext context, int status, String message) {
        ErrorCode code = Problems.codeForStatus(status);
        write(
                context,
                Problems.of(
                        status,
                        List.of(Violation.of(code, message)),
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
