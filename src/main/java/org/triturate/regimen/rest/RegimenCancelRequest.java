package org.triturate.regimen.rest;

import jakarta.validation.constraints.Size;

/** Why a regimen is cancelled (optional); the reason goes into the history of the regimen and of each step cancelled. */
public record RegimenCancelRequest(@Size(max = 1000) String reason) {}
