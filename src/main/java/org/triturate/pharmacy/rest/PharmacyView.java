package org.triturate.pharmacy.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pharmacy", description = "The pharmacy this service runs for")
public record PharmacyView(
        @Schema(required = true, example = "Triturate Demo Pharmacy")
        String name,

        @Schema(required = true, example = "100 Example Street, Salem, OR 97301")
        String address,

        @Schema(required = true, example = "+1 503 555 0100")
        String phone,

        @Schema(required = true, description = "IANA time zone of the pharmacy", example = "America/Los_Angeles")
        String timeZone) {}
