package org.triturate.compounding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.problem.ApiException;
import org.triturate.common.rest.QueryParams;
import org.triturate.compounding.service.RecallLot;
import org.triturate.security.Role;

@Path("/api/v1/recalls")
@Tag(name = "Compounding")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RecallResource {

    private final RecallLot recallLot;

    RecallResource(RecallLot recallLot) {
        this.recallLot = recallLot;
    }

    @GET
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "recallLot",
            summary = "Every order, preparation lot and patient that used one component lot (PHARMACIST); "
                    + "ingredientId and lotNumber are required")
    @APIResponse(
            responseCode = "200",
            description = "What the lot reached",
            content = @Content(schema = @Schema(implementation = RecallView.class)))
    @Parameter(
            name = "ingredientId",
            in = ParameterIn.QUERY,
            required = true,
            description = "The ingredient of the lot",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "lotNumber",
            in = ParameterIn.QUERY,
            required = true,
            description = "The supplier's lot number",
            schema = @Schema(type = SchemaType.STRING, minLength = 1))
    public RecallView recall(
            @QueryParam("ingredientId") String ingredientId, @QueryParam("lotNumber") String lotNumber) {
        Long ingredient = QueryParams.optionalId("ingredientId", ingredientId);
        if (ingredient == null) {
            throw ApiException.invalidField("ingredientId", "A recall names the ingredient of the lot");
        }
        // as long as a recorded lot number may be, and clean text like every other input
        String lot = QueryParams.optionalText("lotNumber", lotNumber, 64);
        if (lot == null) {
            throw ApiException.invalidField("lotNumber", "A recall names the lot");
        }
        return RecallView.of(recallLot.recall(ingredient, lot));
    }
}
