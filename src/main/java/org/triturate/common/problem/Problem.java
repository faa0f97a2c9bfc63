package org.triturate.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response. {@code violations} always lists the contract
 * code(s); {@code correlationId} is set only for unexpected server errors so that support can find the log line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      String correlationId, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
