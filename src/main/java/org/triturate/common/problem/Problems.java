package org.triturate.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.triturate.common.reliability.DatabaseFailure;

/** Builds problem bodies and responses, so that every error path produces the same shape. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);
    private static final String TYPE_PREFIX = "urn:triturate:problem:";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Content"),
            Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    /**
     * Seconds a client should wait after a 503: about the time the readiness check needs to see the database back
     * (DatabaseReadiness answers within 2 s). Fixed rather than configured: clients only need a sensible pause.
     */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Problems() {}

    public static Problem of(int status, List<Violation> violations, String instance, String correlationId) {
        String detail = violations.size() == 1
                ? violations.get(0).message()
                : violations.size() + " rules failed; see violations";
        return new Problem(
                TYPE_PREFIX + violations.get(0).code().name().toLowerCase(Locale.ROOT),
                TITLES.getOrDefault(status, "Error"),
                status,
                detail,
                instance,
                correlationId,
                violations);
    }

    public static Problem of(ApiException exception, String instance) {
        return of(exception.status(), exception.violations(), instance, null);
    }

    /**
     * A 500 problem for a failure nobody foresaw. The body carries only a correlation id; the log line carries the
     * same id and the exception types with their first frames. Exception messages can hold SQL values (patient
     * data), so the full exception goes only to DEBUG, which is off in production.
     */
    public static Problem unexpected(Throwable exception, String instance) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error %s on %s: %s", correlationId, instance, causeChain(exception));
        LOG.debugf(exception, "Unexpected error %s", correlationId);
        return of(
                500,
                List.of(Violation.of(
                        ErrorCode.INTERNAL_ERROR, "Unexpected error; quote the correlation id " + correlationId)),
                instance,
                correlationId);
    }

    /**
     * A 503 problem for a database that could not be reached or did not answer in time. One WARN line with the
     * exception types and SQL states: an outage is an operating condition, not a bug, and every request during it
     * logs one.
     */
    public static Problem databaseFailure(DatabaseFailure.Kind kind, Throwable exception, String instance) {
        LOG.warnf("Database unavailable (%s) on %s: %s", kind, instance, causeTypes(exception));
        Violation violation = kind == DatabaseFailure.Kind.COMMIT_OUTCOME_UNKNOWN
                ? Violation.of(ErrorCode.COMMIT_OUTCOME_UNKNOWN, commitOutcomeUnknownMessage(instance))
                : Violation.of(ErrorCode.SERVICE_UNAVAILABLE, messageForStatus(503));
        return of(503, List.of(violation), instance, null);
    }

    private static String commitOutcomeUnknownMessage(String instance) {
        String unknown = "The database stopped answering while the change was being committed; it may or may not "
                + "have been recorded. ";
        // POST is the only change on the order collection; every other change is read back before it is retried.
        return instance != null && instance.endsWith("/orders")
                ? unknown + "Send the same request again with the same Idempotency-Key: it returns the order if it "
                        + "was recorded and records it if not"
                : unknown + "Read the resource again before repeating the change";
    }

    /**
     * The cause chain and what it suppressed as exception types with SQL state and vendor code, without messages or
     * frames.
     */
    static String causeTypes(Throwable exception) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t : DatabaseFailure.related(exception)) {
            appendType(chain, t);
        }
        return chain.toString();
    }

    static String causeChain(Throwable exception) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            appendType(chain, t);
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0) {
                chain.append(" at ").append(frames[0]);
            }
        }
        return chain.toString();
    }

    /** Appends one link of a cause list: the type, and for an SQLException its SQL state and vendor code. */
    private static void appendType(StringBuilder chain, Throwable t) {
        if (!chain.isEmpty()) {
            chain.append(" <- ");
        }
        chain.append(t.getClass().getName());
        if (t instanceof SQLException sql) {
            // The SQL state and vendor code identify the failure; the message could quote row values.
            chain.append(" [SQLState ")
                    .append(sql.getSQLState())
                    .append(", code ")
                    .append(sql.getErrorCode())
                    .append(']');
        }
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (problem.status() == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }

    /** The contract code for a bare HTTP status raised by the framework rather than by our own rules. */
    public static ErrorCode codeForStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.INVALID_FIELD;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 414 -> ErrorCode.URI_TOO_LONG;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ErrorCode.PRECONDITION_REQUIRED;
            case 429 -> ErrorCode.TOO_MANY_ATTEMPTS;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> ErrorCode.INTERNAL_ERROR;
        };
    }

    public static String messageForStatus(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this action";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No acceptable representation";
            case 413 -> "The request body is larger than 1 MiB";
            case 414 -> "The request line (method, path and query) is too long";
            case 415 -> "Send the request body as application/json";
            case 431 -> "The request headers are too large";
            case 503 -> "The database cannot be reached or did not answer in time; nothing was changed. Retry later";
            default -> "The server could not complete the request";
        };
    }
}
