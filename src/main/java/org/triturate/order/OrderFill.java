package org.triturate.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A refill of an original order as the original lists it: the refill order's id and its fill number. */
@Entity
@Immutable
@Table(name = "compounding_order")
public class OrderFill {

    @Id
    public Long id;

    @Column(name = "fill_number")
    public int fillNumber;
}
