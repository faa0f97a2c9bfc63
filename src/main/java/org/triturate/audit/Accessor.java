package org.triturate.audit;

/**
 * Who reads patient data and from where: the user of the request's token (its id, username and role) and the
 * request's remote address and request id. Any of them may be null when the request does not carry it.
 */
public record Accessor(Long userId, String username, String role, String remoteAddress, String requestId) {}
