package org.triturate.catalog;

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

/** A source of components; actives must come from an FDA-registered establishment. */
@Entity
@Table(name = "supplier")
public class Supplier extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "fda_registered", nullable = false)
    public boolean fdaRegistered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupplierStatus status;

    @Version
    public long version;
}
