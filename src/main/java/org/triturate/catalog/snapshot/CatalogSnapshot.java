package org.triturate.catalog.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog the order rules read, as it was at one version of {@code reference_data_version}: immutable, shared by
 * every request that reads that version. Products and compatibility records keep the order of their ids.
 */
public final class CatalogSnapshot {

    private final long version;
    private final Map<Long, CatalogIngredient> ingredients;
    private final Map<Long, List<CatalogProduct>> productsByIngredient;
    private final Map<Long, List<CatalogCompatibility>> compatibilitiesByFirstIngredient;

    CatalogSnapshot(
            long version,
            Collection<CatalogIngredient> ingredients,
            Collection<CatalogProduct> products,
            Collection<CatalogCompatibility> compatibilities) {
        this.version = version;
        this.ingredients =
                ingredients.stream().collect(Collectors.toUnmodifiableMap(CatalogIngredient::id, Function.identity()));
        this.productsByIngredient = products.stream()
                .sorted(Comparator.comparingLong(CatalogProduct::id))
                .collect(Collectors.groupingBy(
                        CatalogProduct::ingredientId, Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
        this.compatibilitiesByFirstIngredient = compatibilities.stream()
                .sorted(Comparator.comparingLong(CatalogCompatibility::id))
                .collect(Collectors.groupingBy(
                        CatalogCompatibility::firstIngredientId,
                        Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    /** The value of {@code reference_data_version} this catalog was read at. */
    public long version() {
        return version;
    }

    /** The ingredients with these ids, by id in the order given; ids without an ingredient are absent. */
    public Map<Long, CatalogIngredient> ingredients(Collection<Long> ids) {
        Map<Long, CatalogIngredient> found = new LinkedHashMap<>();
        for (Long id : ids) {
            CatalogIngredient ingredient = ingredients.get(id);
            if (ingredient != null) {
                found.put(id, ingredient);
            }
        }
        return found;
    }

    /** The products of these ingredients, ingredient after ingredient in the order given. */
    public List<CatalogProduct> productsOf(Collection<Long> ingredientIds) {
        List<CatalogProduct> found = new ArrayList<>();
        for (Long id : ingredientIds) {
            found.addAll(productsByIngredient.getOrDefault(id, List.of()));
        }
        return found;
    }

    /** The compatibility records, in any dosage form, whose two ingredients are both among these. */
    public List<CatalogCompatibility> compatibilitiesAmong(Collection<Long> ingredientIds) {
        Set<Long> among = new HashSet<>(ingredientIds);
        List<CatalogCompatibility> found = new ArrayList<>();
        for (Long id : among) {
            for (CatalogCompatibility record : compatibilitiesByFirstIngredient.getOrDefault(id, List.of())) {
                if (among.contains(record.secondIngredientId())) {
                    found.add(record);
                }
            }
        }
        found.sort(Comparator.comparingLong(CatalogCompatibility::id));
        return found;
    }
}
