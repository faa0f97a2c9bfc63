package org.triturate.prescriber;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A licence to practise in one state; valid through {@code expiresOn} inclusive while ACTIVE. */
@Embeddable
public class StateLicense {

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LicenseStatus status;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;
}
