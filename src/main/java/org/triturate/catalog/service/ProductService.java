package org.triturate.catalog.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.AllergenClass;
import org.triturate.catalog.CommercialProduct;
import org.triturate.catalog.rest.ProductRequest;
import org.triturate.catalog.rest.ProductView;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
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

    ProductService(IngredientService ingredients, AuditLog audit) {
        this.ingredients = ingredients;
        this.audit = audit;
    }

    public CommercialProduct create(ProductRequest request, String actor) {
        CommercialProduct product = new CommercialProduct();
        apply(request, product);
        product.persistAndFlush();
        audit.record(actor, "PRODUCT_CREATED", ENTITY_TYPE, product.id, Map.of("product", ProductView.of(product)));
        return product;
    }

    public CommercialProduct update(long id, String ifMatch, ProductRequest request, String actor) {
        CommercialProduct product = get(id);
        EntityVersion.require(ifMatch, product.version);
        apply(request, product);
        product.persistAndFlush();
        audit.record(actor, "PRODUCT_UPDATED", ENTITY_TYPE, product.id, Map.of("product", ProductView.of(product)));
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommercialProduct get(long id) {
        return CommercialProduct.<CommercialProduct>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Product"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ProductView> list(Long ingredientId, PageRequest page) {
        QueryFilter filter = new QueryFilter().and("ingredientId = :ingredientId", "ingredientId", ingredientId);
        return Pages.of(CommercialProduct.find(filter.where(), Sort.descending("id"), filter.parameters()), page,
                ProductView::of);
    }

    private void apply(ProductRequest request, CommercialProduct product) {
        ingredients.requireActive(request.ingredientId(), "ingredientId");
        if (!request.dosageForm().fitsStrength(request.strength().unit())) {
            throw new ApiException(ErrorCode.INVALID_STRENGTH_UNIT, "strength.unit", "A strength in "
                    + request.strength().unit() + " does not fit " + request.dosageForm());
        }
        product.ingredientId = request.ingredientId();
        product.name = request.name().trim();
        product.dosageForm = request.dosageForm();
        product.strength(request.strength());
        product.allergenClasses = AllergenClass.setOf(request.allergenClasses());
        product.status = request.status();
        product.source = request.source().trim();
    }
}
