package org.triturate.pharmacy.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.config.TriturateConfig;

/**
 * The pharmacy this service runs for: what a front-end needs to show dates as the pharmacy counts them and to name
 * the pharmacy, without a setting of its own that could disagree with the service's.
 */
@Path("/api/v1/pharmacy")
@Tag(name = "Pharmacy")
public class PharmacyResource {

    private final TriturateConfig config;

    PharmacyResource(TriturateConfig config) {
        this.config = config;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPharmacy",
            summary = "The pharmacy's name, address, phone and time zone",
            description = "Every signed-in role may read it. The time zone is the one the service counts \"today\" in "
                    + "(licence, DEA and beyond-use dates); a front-end shows dates and instants in it.")
    @SecurityRequirement(name = "bearer")
    public PharmacyView get() {
        TriturateConfig.Pharmacy pharmacy = config.pharmacy();
        return new PharmacyView(
                pharmacy.name(),
                pharmacy.address(),
                pharmacy.phone(),
                config.timeZone().getId());
    }
}
