package org.triturate.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the request validator read a nullable reference as the OpenAPI 3.0 document means it. The document
 * writes "this schema or null" as {@code allOf: [$ref]} with {@code nullable: true}; the validator checks the
 * referenced schema alone and refuses null. Each such property becomes a copy of the referenced schema that is
 * nullable (with null among the values of an enum), which is what the document says.
 */
final class NullableReferences {

    private static final String SCHEMAS = "#/components/schemas/";

    private NullableReferences() {
    }

    static OpenAPI resolve(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.values().forEach(schema -> resolveProperties(schema, schemas));
        return api;
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
        return Boolean.TRUE.equals(property.getNullable()) && property.getAllOf() != null
                && property.getAllOf().size() == 1 && property.getAllOf().get(0).get$ref() != null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableCopy(Schema<?> property, Map<String, Schema> schemas) {
        Schema target = schemas.get(property.getAllOf().get(0).get$ref().substring(SCHEMAS.length()));
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
