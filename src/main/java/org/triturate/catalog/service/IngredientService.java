package org.triturate.catalog.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.Ingredient;
import org.triturate.catalog.IngredientRole;
import org.triturate.catalog.IngredientView;
import org.triturate.catalog.StrengthBasis;
import org.triturate.catalog.snapshot.ReferenceData;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Violation;
import org.triturate.common.quantity.Quantity;
import org.triturate.common.quantity.Unit;
import org.triturate.common.text.FreeText;

/** The ingredient catalog: actives and excipients with their regulatory and clinical attributes. */
@ApplicationScoped
@Transactional
public class IngredientService {

    static final String ENTITY_TYPE = "INGREDIENT";

    private final AuditLog audit;
    private final ReferenceData referenceData;

    IngredientService(AuditLog audit, ReferenceData referenceData) {
        this.audit = audit;
        this.referenceData = referenceData;
    }

    public Ingredient create(IngredientDetails details, String actor) {
        Ingredient ingredient = new Ingredient();
        apply(details, ingredient);
        ingredient.persistAndFlush();
        referenceData.changed();
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
        referenceData.changed();
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
        return Ingredient.<Ingredient>findByIdOptional(id).orElseThrow(() -> Lookup.notFound("Ingredient"));
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
        List<Violation> violations = new ArrayList<>();
        requireMass(details.maxDailyDose(), "maxDailyDose", "A maximum daily dose", violations);
        requireMass(details.maxSingleDose(), "maxSingleDose", "A maximum single dose", violations);
        requireSingleWithinDaily(details, violations);
        if (details.role() != IngredientRole.ACTIVE) {
            onlyForActives(details.activeMoiety(), "activeMoiety", violations);
            onlyForActives(details.strengthBasis(), "strengthBasis", violations);
        }
        if (details.activeMoiety() != null && details.activeMoiety().isBlank()) {
            violations.add(
                    Violation.invalidField("activeMoiety", "An active moiety needs a name; omit it when unknown"));
        }
        if (details.strengthBasis() == StrengthBasis.SALT
                && details.saltFactor() != null
                && details.saltFactor().compareTo(BigDecimal.ONE) != 0) {
            violations.add(Violation.invalidField(
                    "saltFactor", "A strength stated as the salt itself weighs the salt as labelled: salt factor 1"));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(violations);
        }
        ingredient.name = details.name().trim();
        ingredient.role = details.role();
        ingredient.allergenClasses = details.allergenClasses();
        ingredient.deaSchedule = details.deaSchedule();
        // One spelling per moiety, so that the salts of one drug compare equal.
        ingredient.activeMoiety = details.activeMoiety() == null
                ? null
                : details.activeMoiety().trim().toLowerCase(Locale.ROOT);
        ingredient.strengthBasis = details.strengthBasis();
        ingredient.saltFactor = details.saltFactor();
        ingredient.potencyPercent =
                details.potencyPercent() == null ? BigDecimal.valueOf(100) : details.potencyPercent();
        ingredient.maxDailyDose(details.maxDailyDose());
        ingredient.maxSingleDose(details.maxSingleDose());
        ingredient.withdrawnForSafety = details.withdrawnForSafety();
        ingredient.remsRestricted = details.remsRestricted();
        ingredient.safetyNotice = FreeText.trimmedOrNull(details.safetyNotice());
        ingredient.source = details.source().trim();
    }

    private static void requireMass(Quantity dose, String field, String what, List<Violation> violations) {
        if (dose != null && dose.unit().dimension() != Unit.Dimension.MASS) {
            violations.add(Violation.invalidField(field + ".unit", what + " is a mass: mg, ug or g"));
        }
    }

    /** One dose cannot be more than a whole day's maximum; units of different dimensions are refused above. */
    private static void requireSingleWithinDaily(IngredientDetails details, List<Violation> violations) {
        Quantity single = details.maxSingleDose();
        Quantity daily = details.maxDailyDose();
        if (single != null && daily != null && single.unit().convertsTo(daily.unit()) && single.compareTo(daily) > 0) {
            violations.add(Violation.invalidField(
                    "maxSingleDose",
                    "A maximum single dose of " + single + " exceeds the maximum daily dose " + daily));
        }
    }

    private static void onlyForActives(Object value, String field, List<Violation> violations) {
        if (value != null) {
            violations.add(Violation.invalidField(field, "Only an active has an active moiety and a strength basis"));
        }
    }
}
