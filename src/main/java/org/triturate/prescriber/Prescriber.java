package org.triturate.prescriber;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;

/** A prescriber with the state licences and DEA registrations that the order checks judge on the day. */
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

    @ElementCollection
    @CollectionTable(name = "prescriber_dea_registration", joinColumns = @JoinColumn(name = "prescriber_id"))
    @OrderBy("state")
    public List<DeaRegistration> deaRegistrations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "prescriber_license", joinColumns = @JoinColumn(name = "prescriber_id"))
    @OrderBy("state")
    public List<StateLicense> licenses = new ArrayList<>();

    @Version
    public long version;

    /** This prescriber with its licences and DEA registrations loaded, for reading after the transaction. */
    public Prescriber initialized() {
        Hibernate.initialize(deaRegistrations);
        Hibernate.initialize(licenses);
        return this;
    }
}
