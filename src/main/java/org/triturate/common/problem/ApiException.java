package org.triturate.common.problem;

import java.util.Comparator;
import java.util.List;

/**
 * A request that cannot be served for a reason the contract names. It carries every violation found, and its
 * HTTP status is that of the highest-precedence code among them (the contract's "first row wins").
 */
public class ApiException extends RuntimeException {

    private final transient List<Violation> violations;

    public ApiException(List<Violation> violations) {
        super(
                violations.stream()
                        .map(v -> v.code().name())
                        .distinct()
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""),
                null,
                false,
                false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an ApiException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ApiException(ErrorCode code, String message) {
        this(List.of(Violation.of(code, message)));
    }

    public ApiException(ErrorCode code, String field, String message) {
        this(List.of(Violation.ofField(code, field, message)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(List.of(Violation.invalidField(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public int status() {
        return violations.stream()
                .map(Violation::code)
                .min(Comparator.naturalOrder())
                .orElseThrow()
                .status();
    }
}
