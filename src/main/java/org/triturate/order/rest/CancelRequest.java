package org.triturate.order.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an order is cancelled; the reason goes into the order's history. */
public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {}
