package org.triturate.fhir.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triturate.catalog.Ingredient;
import org.triturate.fhir.MedicationRequestReader;
import org.triturate.prescriber.Npi;
import org.triturate.prescriber.Prescriber;

/** The registry look-ups of the FHIR mapping: ingredients by RxNorm code, prescribers by NPI. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FhirRegistry implements MedicationRequestReader.Registry {

    @Override
    public Optional<Long> ingredientByRxnorm(String rxnormCode) {
        return Ingredient.<Ingredient>find("rxnormCode", rxnormCode)
                .firstResultOptional()
                .map(ingredient -> ingredient.id);
    }

    @Override
    public Optional<Long> prescriberByNpi(String npi) {
        return Prescriber.<Prescriber>find("npi", npi).firstResultOptional().map(prescriber -> prescriber.id);
    }

    @Override
    public boolean isValidNpi(String npi) {
        return Npi.isValid(npi);
    }

    /** The RxNorm codes of those of these ingredients that have one, by ingredient id. */
    public Map<Long, String> rxnormCodes(Collection<Long> ingredientIds) {
        return ingredientIds.isEmpty()
                ? Map.of()
                : Ingredient.<Ingredient>list("id in ?1 and rxnormCode is not null", ingredientIds).stream()
                        .collect(Collectors.toMap(ingredient -> ingredient.id, ingredient -> ingredient.rxnormCode));
    }
}
