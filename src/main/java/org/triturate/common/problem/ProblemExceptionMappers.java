package org.triturate.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.UnwrapException;
import org.triturate.common.json.RefusedValue;
import org.triturate.common.persistence.TransactionConflict;
import org.triturate.common.reliability.DatabaseFailure;
import org.triturate.common.rule.RulesBroken;

/**
 * Turns every exception that reaches the REST layer into a problem response. Nothing here echoes request values
 * or exception messages from libraries, so no patient data, SQL text or stack trace can leak into a response.
 */
@UnwrapException({RollbackException.class, ArcUndeclaredThrowableException.class})
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response api(ApiException exception, UriInfo uri) {
        return Problems.response(Problems.of(exception, path(uri)));
    }

    @ServerExceptionMapper
    public Response rulesBroken(RulesBroken exception, UriInfo uri) {
        return api(
                new ApiException(
                        exception.findings().stream().map(Violation::of).toList()),
                uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> Violation.ofField(ErrorCode.INVALID_FIELD, fieldOf(v), v.getMessage()))
                .sorted((a, b) -> String.valueOf(a.field()).compareTo(String.valueOf(b.field())))
                .toList();
        return badRequest(violations, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException exception, UriInfo uri) {
        return badRequest(
                List.of(Violation.ofField(ErrorCode.INVALID_FIELD, jsonPath(exception), "Unknown property")), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException exception, UriInfo uri) {
        String expected = exception.getTargetType() == null ? "value" : describe(exception.getTargetType());
        String message = exception instanceof RefusedValue refused ? refused.reason() : "Not a valid " + expected;
        return badRequest(List.of(Violation.ofField(ErrorCode.INVALID_FIELD, jsonPath(exception), message)), uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException exception, UriInfo uri) {
        // Our own value types reject bad input in their constructors with a message meant for the caller.
        Throwable cause = exception.getCause();
        String message = cause instanceof IllegalArgumentException ? cause.getMessage() : "Invalid value";
        return badRequest(List.of(Violation.ofField(ErrorCode.INVALID_FIELD, jsonPath(exception), message)), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        String expected = exception.getTargetType() == null ? "value" : describe(exception.getTargetType());
        return badRequest(
                List.of(Violation.ofField(
                        ErrorCode.INVALID_FIELD,
                        jsonPath(exception),
                        "Expected a " + expected + " of the right JSON type")),
                uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException exception, UriInfo uri) {
        // A whole number too large for its field (an int or a long) reaches here wrapped with the field's path.
        String message =
                exception.getCause() instanceof InputCoercionException ? "Number out of range" : "Invalid value";
        return badRequest(List.of(Violation.ofField(ErrorCode.INVALID_FIELD, jsonPath(exception), message)), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception, UriInfo uri) {
        return badRequest(List.of(Violation.of(ErrorCode.INVALID_FIELD, "Malformed JSON")), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException exception, UriInfo uri) {
        return badRequest(List.of(Violation.of(ErrorCode.INVALID_FIELD, "Malformed JSON")), uri);
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        // Authentication loads the user (SessionCheck, login): a database outage there is no wrong credential.
        var failure = DatabaseFailure.of(exception);
        if (failure.isPresent()) {
            return Problems.response(Problems.databaseFailure(failure.get(), exception, path(uri)));
        }
        return statusProblem(401, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return statusProblem(403, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(UriInfo uri) {
        return Problems.response(Problems.of(
                412,
                List.of(Violation.of(
                        ErrorCode.VERSION_CONFLICT, "Someone else changed this resource; read it again and retry")),
                path(uri),
                null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        // The JSON reader wraps some binding failures (e.g. a value object's constructor refusing a nested
        // value) in a plain 400; the cause still says which field was wrong.
        if (status == 400 && exception.getCause() instanceof JsonProcessingException json) {
            return fromJson(json, uri);
        }
        return statusProblem(status, uri);
    }

    private Response fromJson(JsonProcessingException exception, UriInfo uri) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (exception instanceof InvalidFormatException format) {
            return invalidFormat(format, uri);
        }
        if (exception instanceof ValueInstantiationException instantiation) {
            return valueInstantiation(instantiation, uri);
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (exception instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        return json(exception, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (TransactionConflict.isConflict(exception)) {
            // Every attempt lost to a concurrent writer of the same rows (ConflictRetry).
            return concurrentChange(uri);
        }
        var failure = DatabaseFailure.of(exception);
        if (failure.isPresent()) {
            return Problems.response(Problems.databaseFailure(failure.get(), exception, path(uri)));
        }
        return Problems.response(Problems.unexpected(exception, path(uri)));
    }

    private static Response statusProblem(int status, UriInfo uri) {
        ErrorCode code = Problems.codeForStatus(status);
        return Problems.response(
                Problems.of(status, List.of(Violation.of(code, Problems.messageForStatus(status))), path(uri), null));
    }

    private static Response badRequest(List<Violation> violations, UriInfo uri) {
        return Problems.response(Problems.of(400, violations, path(uri), null));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The JSON path of a mapping error, e.g. {@code actives[0].strength.value}. */
    static String jsonPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : exception.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The request field of a bean-validation failure, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // Hibernate Validator puts a list index on the node *after* the list, e.g. actives[0].strength.
                if (node.isInIterable()) {
                    field.append('[')
                            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                            .append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
