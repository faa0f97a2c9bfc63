package org.triturate.prescriber;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A licensed prescriber. The foundation needs only its identity, because a PRESCRIBER user account is bound to
 * exactly one prescriber; licences, DEA registrations and the registry endpoints belong to the registries issue.
 */
@Entity
@Table(name = "prescriber")
public class Prescriber extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(nullable = false, unique = true)
    public String npi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PrescriberStatus status;

    @Version
    public long version;
}
