package org.triturate.audit;

import java.time.Instant;

/**
 * One change in the life of an entity with a status (an order, a regimen), as the audit trail recorded it; a change
 * that moved no status (a refill issued, a creation) has null for the status it did not have.
 */
public record StatusChange<S extends Enum<S>>(
        Instant at, String actor, String action, S fromStatus, S toStatus, String note) {}
