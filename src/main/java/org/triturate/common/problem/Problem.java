package org.triturate.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every error response. {@code violations} always lists the contract
 * code(s); {@code correlationId} is set only for unexpected server errors so that support can find the log line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description = "RFC 9457 problem details",
        requiredProperties = {"type", "title", "status", "detail", "violations"})
public record Problem(
        @Schema(examples = "urn:triturate:problem:not_found")
        String type,

        @Schema(examples = "Not Found") String title,
        @Schema(minimum = "400", maximum = "599") int status,
        @Schema(examples = "Order not found") String detail,

        @Schema(description = "The request path", examples = "/api/v1/orders/42")
        String instance,

        @Schema(description = "Only on 500: quote it to support")
        String correlationId,

        @Schema(minItems = 1) List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
