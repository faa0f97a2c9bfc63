package org.triturate.order;

/**
 * A pharmacist's review of a SUBMITTED order: APPROVE with a master formulation version and an optional note, or
 * REJECT / REQUEST_CHANGES with a reason for the prescriber.
 */
public record Review(ReviewDecision decision, Long formulationId, String note, String reason) {}
