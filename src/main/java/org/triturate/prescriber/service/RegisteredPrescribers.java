package org.triturate.prescriber.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.triturate.prescriber.Prescriber;
import org.triturate.security.PrescriberDirectory;

/** The prescriber registry as user accounts see it: a PRESCRIBER user is linked to a prescriber recorded here. */
@ApplicationScoped
public class RegisteredPrescribers implements PrescriberDirectory {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(long prescriberId) {
        return Prescriber.findByIdOptional(prescriberId).isPresent();
    }
}
