package org.triturate.regimen;

/**
 * Where a regimen stands. A regimen is stored ACTIVE or CANCELLED; it shows COMPLETED once every step order has
 * reached a final status (DISPENSED, REJECTED or CANCELLED), since nothing of it can move any more.
 */
public enum RegimenStatus {
    ACTIVE,
    COMPLETED,
    CANCELLED
}
