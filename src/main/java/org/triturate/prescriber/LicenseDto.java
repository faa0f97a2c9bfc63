package org.triturate.prescriber;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.triturate.common.address.UsStates;

public record LicenseDto(
        @NotNull @Pattern(regexp = UsStates.PATTERN, message = UsStates.MESSAGE)
        String state,

        @NotBlank @Size(max = 64) String number,
        @NotNull LicenseStatus status,
        @NotNull LocalDate expiresOn) {

    public static LicenseDto of(StateLicense license) {
        return new LicenseDto(license.state, license.number, license.status, license.expiresOn);
    }

    public StateLicense toEmbeddable() {
        StateLicense license = new StateLicense();
        license.state = state;
        license.number = number.trim();
        license.status = status;
        license.expiresOn = expiresOn;
        return license;
    }
}
