/**
 * The OpenAPI document's shared parts: tags, the problem responses (one {@link org.triturate.common.problem.Problem}
 * schema for every error status), the ETag and Location headers and the paging and If-Match parameters.
 * Operations refer to them by the names in {@link ApiDocument}; {@link ApiDocumentFilter} adds those that follow
 * from an operation's shape.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Triturate API",
                        version = "1",
                        description = "Order and formulation management for compounding pharmacies"),
        servers = @Server(url = "/", description = "The service that serves this document"),
        tags = {
            @Tag(name = ApiDocument.Tags.AUTHENTICATION, description = "Bearer tokens for a username and password"),
            @Tag(name = ApiDocument.Tags.USERS, description = "User accounts and their single role (ADMIN)"),
            @Tag(name = ApiDocument.Tags.PATIENTS, description = "Patients, their addresses and allergies"),
            @Tag(
                    name = ApiDocument.Tags.PRESCRIBERS,
                    description = "Prescribers with their NPI, state licences and DEA registrations"),
            @Tag(
                    name = ApiDocument.Tags.CATALOG,
                    description = "Ingredients, commercial products, suppliers " + "and compatibility evidence"),
            @Tag(name = ApiDocument.Tags.FORMULATIONS, description = "Versioned master formulation records"),
            @Tag(
                    name = ApiDocument.Tags.ORDERS,
                    description = "Compounding orders: submission with every "
                            + "check, review, change, cancellation and history"),
            @Tag(
                    name = ApiDocument.Tags.COMPOUNDING,
                    description = "Worksheet, compounding record, " + "verification, dispensing, label and lot recall"),
            @Tag(
                    name = ApiDocument.Tags.ACCESS_LOG,
                    description = "Who read which patient's data, when and from where (ADMIN)"),
            @Tag(
                    name = ApiDocument.Tags.FHIR,
                    description = "Compounding orders as HL7 FHIR R4 MedicationRequests (docs/fhir.md); bodies and "
                            + "errors are FHIR JSON")
        },
        components =
                @Components(
                        responses = {
                            @APIResponse(
                                    name = ApiDocument.FHIR_ERROR,
                                    responseCode = "400",
                                    description = "An OperationOutcome: one error issue per violation, its code in "
                                            + "details.coding[0] (system urn:triturate:rule), the FHIR path in "
                                            + "expression where known (docs/fhir.md, \"Errors\")",
                                    content =
                                            @Content(
                                                    mediaType = ApiDocument.FHIR_JSON,
                                                    schema = @Schema(type = SchemaType.OBJECT))),
                            @APIResponse(
                                    name = ApiDocument.BAD_REQUEST,
                                    responseCode = "400",
                                    description = "A field, parameter or header is invalid (INVALID_FIELD, "
                                            + "INVALID_NPI, INVALID_DEA); every violation is listed",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.UNAUTHENTICATED,
                                    responseCode = "401",
                                    description = "No valid bearer token (UNAUTHENTICATED)",
                                    headers =
                                            @Header(
                                                    name = "WWW-Authenticate",
                                                    description = "Always `Bearer`",
                                                    schema = @Schema(type = SchemaType.STRING)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.FORBIDDEN,
                                    responseCode = "403",
                                    description = "The caller's role may not do this (FORBIDDEN, SELF_VERIFICATION)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.NOT_FOUND,
                                    responseCode = "404",
                                    description = "No such resource, or one the caller may not see (NOT_FOUND)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.CONFLICT,
                                    responseCode = "409",
                                    description = "The resource is not in a state that allows this, or a unique value "
                                            + "is taken (INVALID_TRANSITION, DUPLICATE_NPI, DUPLICATE_USERNAME)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.VERSION_CONFLICT,
                                    responseCode = "412",
                                    description = "Someone changed the resource since its ETag was read, or"
                                            + " concurrent changes of the same data kept winning at commit (retried"
                                            + " by the service first): read it again and retry (VERSION_CONFLICT)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.PAYLOAD_TOO_LARGE,
                                    responseCode = "413",
                                    description = "The body is larger than 1 MiB (PAYLOAD_TOO_LARGE)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.UNSUPPORTED_MEDIA_TYPE,
                                    responseCode = "415",
                                    description = "The body is not application/json (UNSUPPORTED_MEDIA_TYPE)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.UNPROCESSABLE,
                                    responseCode = "422",
                                    description = "A business rule refuses the request; every failed rule is listed "
                                            + "with its code",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.PRECONDITION_REQUIRED,
                                    responseCode = "428",
                                    description = "If-Match is missing (PRECONDITION_REQUIRED)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.TOO_MANY_ATTEMPTS,
                                    responseCode = "429",
                                    description = "Too many login attempts: the username is locked after failed "
                                            + "logins, or a rate limit is reached (TOO_MANY_ATTEMPTS)",
                                    headers =
                                            @Header(
                                                    name = "Retry-After",
                                                    required = true,
                                                    description = "Seconds until an attempt may succeed",
                                                    schema = @Schema(type = SchemaType.INTEGER)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.INTERNAL_ERROR,
                                    responseCode = "500",
                                    description = "An unexpected failure (INTERNAL_ERROR); quote its correlationId",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.URI_TOO_LONG,
                                    responseCode = "414",
                                    description =
                                            "The request line (method, path and query) is too long " + "(URI_TOO_LONG)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.HEADERS_TOO_LARGE,
                                    responseCode = "431",
                                    description = "The request headers are too large (HEADERS_TOO_LARGE)",
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class))),
                            @APIResponse(
                                    name = ApiDocument.SERVICE_UNAVAILABLE,
                                    responseCode = "503",
                                    description = "The database cannot be reached or did not answer in time: nothing "
                                            + "was changed (SERVICE_UNAVAILABLE), or a change's commit got no answer "
                                            + "and may or may not be recorded (COMMIT_OUTCOME_UNKNOWN: retry POST "
                                            + "/orders with the same Idempotency-Key, read anything else again). "
                                            + "See docs/reliability.md",
                                    headers =
                                            @Header(
                                                    name = "Retry-After",
                                                    required = true,
                                                    description = "Seconds to wait before retrying",
                                                    schema = @Schema(type = SchemaType.INTEGER)),
                                    content =
                                            @Content(
                                                    mediaType = Problem.MEDIA_TYPE,
                                                    schema = @Schema(implementation = Problem.class)))
                        },
                        headers = {
                            @Header(
                                    name = ApiDocument.ETAG,
                                    required = true,
                                    description = "The version of the resource as a quoted number, e.g. \"3\"; send it "
                                            + "back in If-Match",
                                    schema = @Schema(type = SchemaType.STRING, examples = "\"3\"")),
                            @Header(
                                    name = ApiDocument.LOCATION,
                                    required = true,
                                    description = "The URL of the created resource",
                                    schema = @Schema(type = SchemaType.STRING, format = "uri"))
                        },
                        parameters = {
                            @Parameter(
                                    name = ApiDocument.PAGE,
                                    in = ParameterIn.QUERY,
                                    description =
                                            "Zero-based page number; page × size is at most " + PageRequest.MAX_OFFSET,
                                    schema =
                                            @Schema(
                                                    type = SchemaType.INTEGER,
                                                    format = "int32",
                                                    minimum = "0",
                                                    defaultValue = "0")),
                            @Parameter(
                                    name = ApiDocument.SIZE,
                                    in = ParameterIn.QUERY,
                                    description = "Items per page",
                                    schema =
                                            @Schema(
                                                    type = SchemaType.INTEGER,
                                                    format = "int32",
                                                    minimum = "1",
                                                    maximum = "" + PageRequest.MAX_SIZE,
                                                    defaultValue = "" + PageRequest.DEFAULT_SIZE)),
                            @Parameter(
                                    name = ApiDocument.IF_MATCH,
                                    in = ParameterIn.HEADER,
                                    required = true,
                                    description = "The ETag of the version the change is based on; without it the "
                                            + "change is refused with 428, with an older one with 412",
                                    schema = @Schema(type = SchemaType.STRING),
                                    example = "\"3\"")
                        }))
package org.triturate.common.openapi;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.problem.Problem;
