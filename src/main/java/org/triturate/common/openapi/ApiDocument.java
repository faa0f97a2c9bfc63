package org.triturate.common.openapi;

/** Names of the shared parts of the OpenAPI document (see package-info), for operations to refer to. */
public final class ApiDocument {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String VERSION_CONFLICT = "VersionConflict";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String TOO_MANY_ATTEMPTS = "TooManyAttempts";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String HEADERS_TOO_LARGE = "HeadersTooLarge";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** Every error of the FHIR endpoints: an OperationOutcome rather than a problem. */
    public static final String FHIR_ERROR = "FhirError";

    public static final String FHIR_JSON = "application/fhir+json";
    /** The FHIR endpoints' base path. */
    public static final String FHIR_BASE = "/fhir/r4";

    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String IF_MATCH = "If-Match";

    /** Tag names, one per feature. */
    public static final class Tags {
        public static final String AUTHENTICATION = "Authentication";
        public static final String USERS = "Users";
        public static final String PATIENTS = "Patients";
        public static final String PRESCRIBERS = "Prescribers";
        public static final String CATALOG = "Catalog";
        public static final String FORMULATIONS = "Formulations";
        public static final String ORDERS = "Orders";
        public static final String COMPOUNDING = "Compounding";
        public static final String ACCESS_LOG = "Access log";
        public static final String FHIR = "FHIR R4";

        private Tags() {}
    }

    private ApiDocument() {}
}
