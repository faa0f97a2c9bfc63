package org.triturate.order.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.openapi.ApiDocument;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.rest.QueryParams;
import org.triturate.common.rest.Versioned;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.OrderStatus;
import org.triturate.order.OrderView;
import org.triturate.order.service.AmendOrder;
import org.triturate.order.service.CancelOrder;
import org.triturate.order.service.OrderQueries;
import org.triturate.order.service.OrderSort;
import org.triturate.order.service.RefillOrder;
import org.triturate.order.service.ReviewOrder;
import org.triturate.order.service.SubmitOrder;
import org.triturate.security.CurrentUser;
import org.triturate.security.Role;

@Path("/api/v1/orders")
@Tag(name = "Orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OrderResource {

    private final SubmitOrder submitOrder;
    private final AmendOrder amendOrder;
    private final ReviewOrder reviewOrder;
    private final CancelOrder cancelOrder;
    private final RefillOrder refillOrder;
    private final OrderQueries orders;
    private final RequestHash requestHash;
    private final CurrentUser caller;

    OrderResource(
            SubmitOrder submitOrder,
            AmendOrder amendOrder,
            ReviewOrder reviewOrder,
            CancelOrder cancelOrder,
            RefillOrder refillOrder,
            OrderQueries orders,
            RequestHash requestHash,
            CurrentUser caller) {
        this.submitOrder = submitOrder;
        this.amendOrder = amendOrder;
        this.reviewOrder = reviewOrder;
        this.cancelOrder = cancelOrder;
        this.refillOrder = refillOrder;
        this.orders = orders;
        this.requestHash = requestHash;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "submitOrder",
            summary = "Submit a compounding order; every check runs and all failures come back together "
                    + "(PRESCRIBER for itself; PHARMACIST transcribing, with prescriberId and receivedVia). A repeat with "
                    + "the same Idempotency-Key and body answers 200 with the order first created")
    @Parameter(
            in = ParameterIn.HEADER,
            name = IdempotencyKeyHeader.NAME,
            description = "1 to 255 visible ASCII characters, " + "scoped to the calling user",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "201",
            description = "The order, SUBMITTED, with every check",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(
            responseCode = "200",
            description = "A repeat of an earlier submission with the same "
                    + "Idempotency-Key and body: the order it created",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response submit(@Valid @NotNull OrderRequest request, HttpHeaders headers, UriInfo uri) {
        String key = IdempotencyKeyHeader.of(headers);
        SubmitOrder.Submitted submitted = submitOrder.submit(
                request.submission(), key, key == null ? null : requestHash.of(request), caller.caller());
        OrderView order = OrderView.of(submitted.order());
        return submitted.created()
                ? Versioned.created(uri, order.id(), order, order.version())
                : Versioned.ok(order, order.version());
    }

    @GET
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "listOrders",
            summary =
                    "List orders, newest first (or oldest first: sort=OLDEST), by status, patient, prescriber or reassessment due before a "
                            + "date (a PRESCRIBER lists only its own)")
    @APIResponse(responseCode = "200", description = "One page of orders")
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "Only orders in this status",
            schema = @Schema(implementation = OrderStatus.class))
    @Parameter(
            name = "patientId",
            in = ParameterIn.QUERY,
            description = "Only orders of this patient",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "prescriberId",
            in = ParameterIn.QUERY,
            description = "Only orders of this prescriber",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "reassessDueBefore",
            in = ParameterIn.QUERY,
            description = "Only orders whose reassessment is due before this date",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = ApiDocument.PAGE, in = ParameterIn.QUERY, ref = ApiDocument.PAGE)
    @Parameter(name = ApiDocument.SIZE, in = ParameterIn.QUERY, ref = ApiDocument.SIZE)
    @Parameter(
            name = "afterId",
            in = ParameterIn.QUERY,
            description = "Keyset paging for deep pages: the orders that follow the order with this id (the id of "
                    + "the last item of the previous page), newest first, without counting past the pages before. "
                    + "Not combinable with a page other than 0; total still counts every order matching the filters",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    @Parameter(
            name = "sort",
            in = ParameterIn.QUERY,
            description = "NEWEST (the default) lists the newest order first; OLDEST the oldest first, as a work queue "
                    + "is worked. With afterId, the orders that follow that order in this order",
            schema =
                    @Schema(
                            enumeration = {"NEWEST", "OLDEST"},
                            defaultValue = "NEWEST"))
    public PageResponse<OrderView> list(
            @QueryParam("status") String status,
            @QueryParam("patientId") String patientId,
            @QueryParam("prescriberId") String prescriberId,
            @QueryParam("reassessDueBefore") String reassessDueBefore,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("afterId") String afterId,
            @QueryParam("sort") String sort) {
        return orders.list(
                        QueryParams.optionalEnum("status", status, OrderStatus.class),
                        QueryParams.optionalId("patientId", patientId),
                        QueryParams.optionalId("prescriberId", prescriberId),
                        QueryParams.optionalDate("reassessDueBefore", reassessDueBefore),
                        caller.prescriberId(),
                        Objects.requireNonNullElse(
                                QueryParams.optionalEnum("sort", sort, OrderSort.class), OrderSort.NEWEST),
                        PageRequest.of(page, size, QueryParams.optionalId("afterId", afterId)))
                .map(OrderView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(operationId = "getOrder", summary = "One order with its checks (another prescriber's order is 404)")
    @APIResponse(
            responseCode = "200",
            description = "The order",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public Response get(@PathParam("id") long id) {
        return ok(orders.get(id, caller.prescriberId()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "resubmitOrder",
            summary = "Change an order in CHANGES_REQUESTED (If-Match, same body as POST): every check runs again "
                    + "and the order returns to SUBMITTED (a PRESCRIBER changes only its own)")
    @APIResponse(
            responseCode = "200",
            description = "The order, SUBMITTED again, with every check",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response resubmit(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrderRequest request) {
        return ok(amendOrder.amend(id, ifMatch, request.submission(), caller.caller()));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "reviewOrder",
            summary = "Review a SUBMITTED order (If-Match, PHARMACIST): APPROVE with a formulation version after "
                    + "every check runs again, REJECT, or REQUEST_CHANGES")
    @APIResponse(
            responseCode = "200",
            description = "The order as decided",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response review(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        return ok(reviewOrder.review(id, ifMatch, request.review(), caller.caller()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "cancelOrder",
            summary = "Cancel an order that is SUBMITTED, CHANGES_REQUESTED or APPROVED (If-Match; a PRESCRIBER "
                    + "cancels only its own)")
    @APIResponse(
            responseCode = "200",
            description = "The order, CANCELLED",
            headers = @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG),
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    public Response cancel(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancelRequest request) {
        return ok(cancelOrder.cancel(id, ifMatch, request.reason(), caller.caller()));
    }

    @POST
    @Path("/{id}/refill")
    @RolesAllowed(Role.Names.PHARMACIST)
    @Operation(
            operationId = "refillOrder",
            summary = "Refill a DISPENSED prescription (If-Match of the order named; PHARMACIST): a new order of the "
                    + "same content, SUBMITTED, after every check runs again; the original (the order named or the "
                    + "original of the fill named) counts one refill less")
    @APIResponse(
            responseCode = "201",
            description = "The new fill, SUBMITTED, with refillOf, fillNumber and every check",
            headers = {
                @Header(name = ApiDocument.LOCATION, ref = ApiDocument.LOCATION),
                @Header(name = ApiDocument.ETAG, ref = ApiDocument.ETAG)
            },
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocument.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocument.UNPROCESSABLE)
    public Response refill(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false) @Valid RefillRequest request,
            UriInfo uri) {
        OrderView fill = OrderView.of(
                refillOrder.refill(id, ifMatch, request == null ? null : request.earlyRefillReason(), caller.caller()));
        // The new order lives beside the one refilled, not under its /refill.
        return Response.created(uri.getBaseUriBuilder()
                        .path(OrderResource.class)
                        .path(String.valueOf(fill.id()))
                        .build())
                .entity(fill)
                .header(HttpHeaders.ETAG, EntityVersion.etag(fill.version()))
                .build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.TECHNICIAN, Role.Names.PRESCRIBER})
    @Operation(
            operationId = "getOrderHistory",
            summary = "Every change of the order, oldest first, from the append-only audit trail")
    @APIResponse(
            responseCode = "200",
            description = "Every change of the order, oldest first",
            content = @Content(schema = @Schema(implementation = HistoryView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocument.NOT_FOUND)
    public HistoryView history(@PathParam("id") long id) {
        return new HistoryView(orders.history(id, caller.prescriberId()).stream()
                .map(HistoryEntry::of)
                .toList());
    }

    private static Response ok(CompoundingOrder order) {
        return Versioned.ok(OrderView.of(order), order.version);
    }

    /** {@code {"items": [...]}}, oldest first. */
    public record HistoryView(List<HistoryEntry> items) {}
}
