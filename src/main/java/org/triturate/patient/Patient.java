package org.triturate.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;

/** An identified patient: every order names one. */
@Entity
@Table(name = "patient")
public class Patient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Embedded
    public Address address = new Address();

    @ElementCollection
    @CollectionTable(name = "patient_allergy", joinColumns = @JoinColumn(name = "patient_id"))
    public List<Allergy> allergies = new ArrayList<>();

    /** The prescriber who registered the patient (null when a pharmacist did); that prescriber may see it. */
    @Column(name = "created_by_prescriber_id")
    public Long createdByPrescriberId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** This patient with its allergies loaded, for reading after the transaction. */
    public Patient initialized() {
        Hibernate.initialize(allergies);
        return this;
    }
}
