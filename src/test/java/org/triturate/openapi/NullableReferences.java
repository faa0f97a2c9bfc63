package org.triturate.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the request validator read the document as OpenAPI 3.0 means it. The document writes "this schema or
 * null" as {@code allOf: [schema]} with {@code nullable: true}; the validator checks the schema alone and refuses
 * null, so each such property becomes a nullable copy of the schema (with null among the values of an enum). And
 * it reads a parameter whose schema is a reference as JSON, so the reference is replaced by the schema.
 */
final class NullableReferences {

    private static final String SCHEMAS = "#/components/schemas/";

    private NullableReferences() {}

    static OpenAPI resolve(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.values().forEach(schema -> resolveProperties(schema, schemas));
        // The validator reads a query parameter whose schema is a reference (an enum) as JSON: give it the enum.
        api.getPaths()
                .values()
                .forEach(path -> path.readOperations().stream()
                        .filter(operation -> operation.getParameters() != null)
                        .flatMap(operation -> operation.getParameters().stream())
                        .filter(parameter -> parameter.getSchema() != null
                                && parameter.getSchema().get$ref() != null)
                        .forEach(parameter -> parameter.setSchema(target(parameter.getSchema(), schemas))));
        return api;
    }

    private static Schema target(Schema<?> reference, Map<String, Schema> schemas) {
        return schemas.get(reference.get$ref().substring(SCHEMAS.length()));
    }

    private static void resolveProperties(Schema<?> schema, Map<String, Schema> schemas) {
        if (schema.getItems() != null) {
            resolveProperties(schema.getItems(), schemas);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().replaceAll((name, property) -> {
                resolveProperties(property, schemas);
                return isNullableReference(property) ? nullableCopy(property, schemas) : property;
            });
        }
    }

    private static boolean isNullableReference(Schema<?> property) {
        return Boolean.TRUE.equals(property.getNullable())
                && property.getAllOf() != null
                && property.getAllOf().size() == 1;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableCopy(Schema<?> property, Map<String, Schema> schemas) {
        Schema<?> only = property.getAllOf().get(0);
        Schema target = only.get$ref() != null ? target(only, schemas) : only;
        Schema copy = new Schema();
        copy.setType(target.getType());
        copy.setFormat(target.getFormat());
        copy.setProperties(target.getProperties());
        copy.setRequired(target.getRequired());
        copy.setItems(target.getItems());
        copy.setAdditionalProperties(target.getAdditionalProperties());
        if (target.getEnum() != null) {
            List values = new ArrayList<>(target.getEnum());
            values.add(null);
            copy.setEnum(values);
        }
        copy.setNullable(true);
        return copy;
    }
}
