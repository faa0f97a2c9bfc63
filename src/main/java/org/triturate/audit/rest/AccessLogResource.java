package org.triturate.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.audit.AccessAction;
import org.triturate.audit.AccessEntryView;
import org.triturate.audit.AccessLogQuery;
import org.triturate.common.json.StorableDates;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.problem.ApiException;
import org.triturate.common.rest.QueryParams;
import org.triturate.security.Role;

@Path("/api/v1/access-log")
@Tag(name = ApiDocument.Tags.ACCESS_LOG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AccessLogResource {

    private final AccessLogQuery accessLog;

    AccessLogResource(AccessLogQuery accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @Operation(
            operationId = "searchAccessLog",
            summary = "Who read which patient's data, when and from where, newest first (ADMIN). One entry per "
                    + "patient a read concerned; entries appear within moments of the read")
    @APIResponse(responseCode = "200", description = "One page of access-log entries")
    @Parameter(
            name = "userId",
            in = ParameterIn.QUERY,
            description = "Only reads by this user",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "patientId",
            in = ParameterIn.QUERY,
            description = "Only reads of this patient's data",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "action",
            in = ParameterIn.QUERY,
            description = "Only reads of this kind",
            schema = @Schema(implementation = AccessAction.class))
    @Parameter(
            name = "from",
            in = ParameterIn.QUERY,
            description = "Only reads at or after this instant (ISO-8601, e.g. 2026-12-01T00:00:00Z)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(
            name = "to",
            in = ParameterIn.QUERY,
            description = "Only reads before this instant (ISO-8601)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    public PageResponse<AccessEntryView> search(
            @QueryParam("userId") String userId,
            @QueryParam("patientId") String patientId,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return accessLog
                .search(
                        QueryParams.optionalId("userId", userId),
                        QueryParams.optionalId("patientId", patientId),
                        QueryParams.optionalEnum("action", action, AccessAction.class),
                        optionalInstant("from", from),
                        optionalInstant("to", to),
                        PageRequest.of(page, size))
                .map(AccessEntryView::of);
    }

    private static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, name + " must be an instant such as 2026-12-01T00:00:00Z");
        }
        if (!StorableDates.storable(LocalDate.ofInstant(instant, ZoneOffset.UTC))) {
            throw ApiException.invalidField(name, name + " must be within " + StorableDates.RANGE);
        }
        return instant;
    }
}
