package org.triturate.security;

/** Fired when a user's password was changed, by the user or by an administrator. */
public record PasswordChanged(long userId, String username) {}
