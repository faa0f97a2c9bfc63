package org.triturate.prescriber;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.triturate.catalog.DeaSchedule;
import org.triturate.common.address.UsStates;

public record DeaRegistrationDto(
        @NotNull String number,

        @NotNull @Size(min = 1, message = "must list at least one schedule")
        List<@NotNull DeaSchedule> schedules,

        @NotNull @Pattern(regexp = UsStates.PATTERN, message = UsStates.MESSAGE)
        String state,

        @NotNull LocalDate expiresOn) {

    public static DeaRegistrationDto of(DeaRegistration registration) {
        return new DeaRegistrationDto(
                registration.number,
                registration.schedules().stream().sorted().toList(),
                registration.state,
                registration.expiresOn);
    }

    public DeaRegistration toEmbeddable() {
        DeaRegistration registration = new DeaRegistration();
        registration.number = number;
        registration.schedules(EnumSet.copyOf(schedules));
        registration.state = state;
        registration.expiresOn = expiresOn;
        return registration;
    }
}
