package org.triturate.catalog.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.ProductView;
import org.triturate.catalog.snapshot.ReferenceData;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;

/** Commercial products: what the market sells, against which the "essentially a copy" rule compares orders. */
@ApplicationScoped
@Transactional
public class ProductService {

    static final String ENTITY_TYPE = "PRODUCT";

    private final IngredientService ingredients;
    private final AuditLog audit;
    private final ReferenceData referenceData;

    ProductService(IngredientService ingredients, AuditLog audit, ReferenceData referenceData) {
        this.ingredients = ingredients;
        this.audit = audit;
        this.referenceData = referenceData;
    }

    public CommercialProduct create(ProductDetails details, String actor) {
        CommercialProduct product = new CommercialProduct();
        apply(details, product);
        product.persistAndFlush();
        referenceData.changed();
        audit.record(actor, "PRODUCT_CREATED", ENTITY_TYPE, product.id, Map.of("product", ProductView.of(product)));
        return product;
    }

    public CommercialProduct update(long id, String ifMatch, ProductDetails details, String actor) {
        CommercialProduct product = get(id);
        EntityVersion.require(ifMatch, product.version);
        apply(details, product);
        product.persistAndFlush();
        referenceData.changed();
        audit.record(actor, "PRODUCT_UPDATED", ENTITY_TYPE, product.id, Map.of("product", ProductView.of(product)));
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommercialProduct get(long id) {
        return CommercialProduct.<CommercialProduct>findByIdOptional(id).orElseThrow(() -> Lookup.notFound("Product"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<CommercialProduct> list(Long ingredientId, PageRequest page) {
        QueryFilter filter = new QueryFilter().and("ingredientId = :ingredientId", "ingredientId", ingredientId);
        return Pages.of(CommercialProduct.find(filter.where(), Sort.descending("id"), filter.parameters()), page);
    }

    private void apply(ProductDetails details, CommercialProduct product) {
        ingredients.requireActive(details.ingredientId(), "ingredientId");
        if (!details.dosageForm().fitsStrength(details.strength().unit())) {
            throw new ApiException(
                    ErrorCode.INVALID_STRENGTH_UNIT,
                    "strength.unit",
                    "A strength in " + details.strength().unit() + " does not fit " + details.dosageForm());
        }
        product.ingredientId = details.ingredientId();
        product.name = details.name().trim();
        product.dosageForm = details.dosageForm();
        product.strength(details.strength());
        product.allergenClasses = details.allergenClasses();
        product.allergensUnknown = details.allergensUnknown();
        product.releaseType = details.releaseType();
        product.status = details.status();
        product.source = details.source().trim();
    }
}
