package org.triturate.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A patient's address. Only the state is always required; a controlled-substance order needs all of it. */
@Embeddable
public class Address {

    @Column(name = "address_line")
    public String line;

    @Column(name = "address_city")
    public String city;

    @Column(name = "address_state", nullable = false)
    public String state;

    @Column(name = "address_postal_code")
    public String postalCode;

    /** Street, city, state and postal code are all present (21 CFR 1306.05 asks for the patient's address). */
    public boolean isComplete() {
        return present(line) && present(city) && present(state) && present(postalCode);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
