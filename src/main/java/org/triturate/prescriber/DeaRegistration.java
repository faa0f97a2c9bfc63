package org.triturate.prescriber;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Set;
import org.triturate.catalog.DeaSchedule;
import org.triturate.catalog.DeaSchedulesConverter;

/** A DEA registration of a prescriber in one state; valid through {@code expiresOn} inclusive. */
@Embeddable
public class DeaRegistration {

    @Column(nullable = false)
    public String number;

    /** The schedules as one column ("III,IV,V"): Hibernate cannot hash a converted set in a collection element. */
    @Column(name = "schedules", nullable = false)
    String scheduleColumn = "";

    @Column(nullable = false)
    public String state;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    public Set<DeaSchedule> schedules() {
        return SCHEDULES.convertToEntityAttribute(scheduleColumn);
    }

    public void schedules(Set<DeaSchedule> schedules) {
        scheduleColumn = SCHEDULES.convertToDatabaseColumn(schedules);
    }

    private static final DeaSchedulesConverter SCHEDULES = new DeaSchedulesConverter();
}
