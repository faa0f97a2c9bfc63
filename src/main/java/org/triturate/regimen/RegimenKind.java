package org.triturate.regimen;

/** Which way a regimen moves the daily dose: up step by step (TITRATION) or down (TAPER). */
public enum RegimenKind {
    TITRATION,
    TAPER
}
