package org.triturate.formulation.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import org.triturate.catalog.DosageForm;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.paging.Pages;
import org.triturate.common.persistence.QueryFilter;
import org.triturate.formulation.FormulationStatus;
import org.triturate.formulation.MasterFormulation;

/** Reading master formulation versions: one by id, or a page of them by ingredient, dosage form and status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FormulationQueries {

    public MasterFormulation get(long id) {
        return MasterFormulation.require(id);
    }

    /** Versions that use {@code ingredientId} (as an active or an excipient) and are of {@code dosageForm}. */
    public PageResponse<MasterFormulation> list(
            Long ingredientId, DosageForm dosageForm, FormulationStatus status, String recordNumber, PageRequest page) {
        QueryFilter filter = new QueryFilter()
                .and(
                        "id in (select m.id from MasterFormulation m join m.ingredients i "
                                + "where i.ingredientId = :ingredientId)",
                        "ingredientId",
                        ingredientId)
                .and("dosageForm = :dosageForm", "dosageForm", dosageForm)
                .and("status = :status", "status", status)
                .and("recordNumber = :recordNumber", "recordNumber", recordNumber);
        return Pages.of(
                MasterFormulation.find(filter.where(), Sort.descending("id"), filter.parameters()),
                page,
                Function.identity());
    }
}
