package org.triturate.catalog.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.triturate.audit.AuditLog;
import org.triturate.catalog.Supplier;
import org.triturate.catalog.SupplierView;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.Lookup;

/** Suppliers of components; a suspended one may not be used in a compounding record. */
@ApplicationScoped
@Transactional
public class SupplierService {

    static final String ENTITY_TYPE = "SUPPLIER";

    private final AuditLog audit;

    SupplierService(AuditLog audit) {
        this.audit = audit;
    }

    public Supplier create(SupplierDetails details, String actor) {
        Supplier supplier = new Supplier();
        apply(details, supplier);
        supplier.persistAndFlush();
        audit.record(
                actor, "SUPPLIER_CREATED", ENTITY_TYPE, supplier.id, Map.of("supplier", SupplierView.of(supplier)));
        return supplier;
    }

    public Supplier update(long id, String ifMatch, SupplierDetails details, String actor) {
        Supplier supplier = get(id);
        EntityVersion.require(ifMatch, supplier.version);
        apply(details, supplier);
        supplier.persistAndFlush();
        audit.record(
                actor, "SUPPLIER_UPDATED", ENTITY_TYPE, supplier.id, Map.of("supplier", SupplierView.of(supplier)));
        return supplier;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Supplier get(long id) {
        return Supplier.<Supplier>findByIdOptional(id).orElseThrow(() -> Lookup.notFound("Supplier"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Supplier> list(PageRequest page) {
        return Pages.of(Supplier.findAll(Sort.descending("id")), page);
    }

    private static void apply(SupplierDetails details, Supplier supplier) {
        supplier.name = details.name().trim();
        supplier.fdaRegistered = details.fdaRegistered();
        supplier.status = details.status();
    }
}
