package org.triturate.security;

/**
 * Fired when a user's sessions end (its token generation was raised, or it was deactivated): every instance-local
 * copy of the account must be forgotten once the change is committed.
 */
public record SessionsEnded(long userId) {}
