package org.triturate.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.common.rule.Finding;

/** One failed rule of a problem: its contract code, the request field it concerns (if any) and a readable message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"code", "message"})
public record Violation(
        ErrorCode code,

        @Schema(
                description = "The request field, parameter or header concerned, if any",
                examples = "actives[0].strength")
        String field,

        String message,

        @Schema(
                description = "The 1-based regimen step the violation concerns, if any",
                nullable = true,
                examples = "3")
        Integer step) {

    public Violation(ErrorCode code, String field, String message) {
        this(code, field, message, null);
    }

    public static Violation of(ErrorCode code, String message) {
        return new Violation(code, null, message);
    }

    public static Violation ofField(ErrorCode code, String field, String message) {
        return new Violation(code, field, message);
    }

    /** A structural fault of one input field: 400 INVALID_FIELD. */
    public static Violation invalidField(String field, String message) {
        return ofField(ErrorCode.INVALID_FIELD, field, message);
    }

    /** A blocking rule finding as the problem shows it. */
    public static Violation of(Finding finding) {
        return new Violation(ErrorCode.of(finding.code()), finding.field(), finding.detail());
    }
}
