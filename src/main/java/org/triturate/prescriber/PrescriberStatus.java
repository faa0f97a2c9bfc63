package org.triturate.prescriber;

public enum PrescriberStatus {
    ACTIVE,
    INACTIVE
}
