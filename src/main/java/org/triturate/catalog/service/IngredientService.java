package org.triturate.catalog.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.IngredientView;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;

/** The ingredient catalog: actives and excipients with their regulatory and clinical attributes. */
@ApplicationScoped
@Transactional
public class IngredientService {

    static final String ENTITY_TYPE = "INGREDIENT";

    private final AuditLog audit;

    IngredientService(AuditLog audit) {
        this.audit = audit;
    }

    public Ingredient create(IngredientDetails details, String actor) {
        Ingredient ingredient = new Ingredient();
        apply(details, ingredient);
        ingredient.persistAndFlush();
        audit.record(
                actor,
                "INGREDIENT_CREATED",
                ENTITY_TYPE,
                ingredient.id,
                Map.of("ingredient", IngredientView.of(ingredient)));
        return ingredient;
    }

    public Ingredient update(long id, String ifMatch, IngredientDetails details, String actor) {
        Ingredient ingredient = get(id);
        EntityVersion.require(ifMatch, ingredient.version);
        apply(details, ingredient);
        // Flush here so that a concurrent change surfaces as an OptimisticLockException inside this method.
        ingredient.persistAndFlush();
        audit.record(
                actor,
                "INGREDIENT_UPDATED",
                ENTITY_TYPE,
                ingredient.id,
                Map.of("ingredient", IngredientView.of(ingredient)));
        return ingredient;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ingredient get(long id) {
        return Ingredient.<Ingredient>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Ingredient"));
    }

    /** Ingredients whose name contains {@code text} (case-insensitively), optionally of one role, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Ingredient> search(String text, IngredientRole role, PageRequest page) {
        QueryFilter filter = new QueryFilter().contains("name", "text", text).and("role = :role", "role", role);
        return Pages.of(Ingredient.find(filter.where(), Sort.descending("id"), filter.parameters()), page);
    }

    /** The active an entry refers to: 422 INGREDIENT_NOT_FOUND when there is none, NOT_AN_ACTIVE for an excipient. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ingredient requireActive(Long id, String field) {
        Ingredient ingredient = id == null ? null : Ingredient.findById(id);
        if (ingredient == null) {
            throw new ApiException(ErrorCode.INGREDIENT_NOT_FOUND, field, "No ingredient with this id");
        }
        if (ingredient.role != IngredientRole.ACTIVE) {
            throw new ApiException(ErrorCode.NOT_AN_ACTIVE, field, ingredient.name + " is an excipient");
        }
        return ingredient;
    }

    private static void apply(IngredientDetails details, Ingredient ingredient) {
        Quantity maxDailyDose = details.maxDailyDose();
        if (maxDailyDose != null && maxDailyDose.unit().dimension() != Unit.Dimension.MASS) {
            throw ApiException.invalidField("maxDailyDose.unit", "A maximum daily dose is a mass: mg, ug or g");
        }
        ingredient.name = details.name().trim();
        ingredient.role = details.role();
        ingredient.allergenClasses = details.allergenClasses();
        ingredient.deaSchedule = details.deaSchedule();
        ingredient.saltFactor = details.saltFactor();
        ingredient.potencyPercent =
                details.potencyPercent() == null ? BigDecimal.valueOf(100) : details.potencyPercent();
        ingredient.maxDailyDose(maxDailyDose);
        ingredient.withdrawnForSafety = details.withdrawnForSafety();
        ingredient.remsRestricted = details.remsRestricted();
        ingredient.safetyNotice = details.safetyNotice() == null
                        || details.safetyNotice().isBlank()
                ? null
                : details.safetyNotice().trim();
        ingredient.source = details.source().trim();
    }
}
