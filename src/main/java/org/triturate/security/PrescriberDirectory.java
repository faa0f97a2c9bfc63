package org.triturate.security;

/**
 * The prescribers a PRESCRIBER user can be linked to. The prescriber registry provides it, so that user accounts
 * need not know the prescriber feature that sits above them.
 */
public interface PrescriberDirectory {

    boolean exists(long prescriberId);
}
