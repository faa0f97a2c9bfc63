package org.triturate.order;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day an order was handed to the patient. Compounding records the dispensing, so compounding answers; orders
 * only ask (a refill is too soon until most of the previous fill's supply has been used).
 */
public interface DispensingDates {

    /** The day, in the pharmacy's time zone, the order was dispensed; empty when no dispensing is recorded. */
    Optional<LocalDate> dispensedOn(CompoundingOrder order);
}
