package org.triturate.compounding.rule;

/** What the verification rules judge: who recorded the compounding and who verifies it. */
public record VerificationFacts(long compoundedByUserId, long verifierUserId) {}
