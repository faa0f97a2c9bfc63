package org.triturate.security;

/**
 * What a request needs to know of its user, read from the account rather than from the token: the token only
 * names the user and the generation it was issued in.
 */
public record AccountSession(
        Long id, String username, Role role, Long prescriberId, boolean active, long tokenGeneration) {}
