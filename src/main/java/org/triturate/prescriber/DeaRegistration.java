package org.triturate.prescriber;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.DeaSchedulesConverter;

/** A DEA registration of a prescriber in one state; valid through {@code expiresOn} inclusive. */
@Embeddable
public class DeaRegistration {

    @Column(nullable = false)
    public String number;

    @Convert(converter = DeaSchedulesConverter.class)
    @Column(nullable = false)
    public Set<DeaSchedule> schedules = EnumSet.noneOf(DeaSchedule.class);

    @Column(nullable = false)
    public String state;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;
}
