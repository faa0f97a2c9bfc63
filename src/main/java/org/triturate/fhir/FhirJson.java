package org.triturate.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.triturate.common.problem.ApiException;

/**
 * FHIR R4 JSON through HAPI's parser. The one {@link FhirContext} of the application lives here: building it scans
 * the whole R4 model, so it is made once; parsers are cheap and not thread-safe, so each call makes its own.
 */
@ApplicationScoped
public class FhirJson {

    private final FhirContext context = FhirContext.forR4();

    /**
     * The resource the body holds, read strictly: an unknown element, a value of the wrong type, another resource
     * type or text that is no JSON is a 400 INVALID_FIELD, never a silently dropped element.
     */
    public <T extends IBaseResource> T parse(Class<T> type, String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.invalidField(null, "The body must be a FHIR " + type.getSimpleName() + " in JSON");
        }
        try {
            return strictParser().parseResource(type, body);
        } catch (DataFormatException e) {
            throw ApiException.invalidField(
                    null, "Not a valid FHIR R4 " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    public String write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** A parser that fails on anything HAPI would otherwise only log (unknown elements, bad values). */
    public IParser strictParser() {
        return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }
}
