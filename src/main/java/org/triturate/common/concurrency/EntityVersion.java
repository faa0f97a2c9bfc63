package org.triturate.common.concurrency;

import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;

/**
 * Optimistic concurrency at the API boundary: the {@code ETag} of a resource is its version, and a change must
 * send that version back in {@code If-Match} ({@code "3"}, {@code W/"3"} and a bare {@code 3} are accepted).
 */
public final class EntityVersion {

    private EntityVersion() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the caller claims to have read; 428 when it sent none, 400 when it is not a version. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(
                    ErrorCode.PRECONDITION_REQUIRED, "If-Match", "Send If-Match with the ETag of the version you read");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("If-Match", "If-Match must be an ETag such as \"3\"");
        }
    }

    /** Fails with 412 when the caller read another version than the current one. */
    public static void require(String ifMatch, long currentVersion) {
        if (fromIfMatch(ifMatch) != currentVersion) {
            throw new ApiException(
                    ErrorCode.VERSION_CONFLICT,
                    "If-Match",
                    "The resource changed since you read it (current version " + currentVersion + ")");
        }
    }
}
