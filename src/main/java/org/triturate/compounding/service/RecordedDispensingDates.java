package org.triturate.compounding.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.triturate.compounding.CompoundingRecord;
import org.triturate.order.CompoundingOrder;
import org.triturate.order.DispensingDates;

/** The dispensing date of an order from its compounding record, in the pharmacy's time zone (the clock's). */
@ApplicationScoped
public class RecordedDispensingDates implements DispensingDates {

    private final Clock clock;

    RecordedDispensingDates(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<LocalDate> dispensedOn(CompoundingOrder order) {
        if (order.compoundingRecordId == null) {
            return Optional.empty();
        }
        return CompoundingRecord.<CompoundingRecord>findByIdOptional(order.compoundingRecordId)
                .map(record -> record.dispensedAt)
                .map(dispensedAt -> LocalDate.ofInstant(dispensedAt, clock.getZone()));
    }
}
