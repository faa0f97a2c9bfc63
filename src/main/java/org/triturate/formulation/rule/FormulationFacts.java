package org.triturate.formulation.rule;

import java.util.Map;
import org.triturate.catalog.IngredientRole;
import org.triturate.formulation.FormulationDraft;

/**
 * What the rules of a master formulation judge: the draft and what the catalog knows of the ingredients it names.
 * Plain values, no entities.
 *
 * @param catalog the catalog's entry of each ingredient of the draft it has, by id
 */
public record FormulationFacts(FormulationDraft draft, Map<Long, CatalogIngredient> catalog) {

    public FormulationFacts {
        catalog = Map.copyOf(catalog);
    }

    public record CatalogIngredient(String name, IngredientRole role) {}
}
