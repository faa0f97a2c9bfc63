package org.triturate.order;

/**
 * An order as a prescriber, or a pharmacist transcribing one, submits or amends it: for which patient, in which
 * prescriber's name (null: the calling prescriber's), how the pharmacy received it (null: not said) and what it
 * asks for.
 */
public record Submission(Long patientId, Long prescriberId, ReceivedVia receivedVia, OrderContent content) {}
