package org.triturate.patient;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triturate.common.address.UsStates;
import org.triturate.common.text.FreeText;

public record AddressDto(
        @Size(max = 200) @Schema(nullable = true) String line,
        @Size(max = 100) @Schema(nullable = true) String city,

        @NotNull @Pattern(regexp = UsStates.PATTERN, message = UsStates.MESSAGE)
        String state,

        @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "must be a ZIP code such as 97301 or 97301-1234")
        @Schema(nullable = true)
        String postalCode) {

    public static AddressDto of(Address address) {
        return new AddressDto(address.line, address.city, address.state, address.postalCode);
    }

    public Address toEmbeddable() {
        Address address = new Address();
        address.line = FreeText.trimmedOrNull(line);
        address.city = FreeText.trimmedOrNull(city);
        address.state = state;
        address.postalCode = postalCode;
        return address;
    }
}
