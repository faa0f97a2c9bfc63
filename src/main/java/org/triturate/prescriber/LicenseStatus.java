package org.triturate.prescriber;

/** Status of a state licence as the state board reports it; only ACTIVE licences allow prescribing. */
public enum LicenseStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED
}
