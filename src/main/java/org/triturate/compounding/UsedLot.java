package org.triturate.compounding;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.LocalDate;
import org.triturate.common.quantity.Quantity;

/** One component lot a preparation was made from: the traceability a recall follows. */
@Embeddable
public class UsedLot {

    @Column(name = "ingredient_id", nullable = false)
    public long ingredientId;

    @Column(name = "supplier_id", nullable = false)
    public long supplierId;

    @Column(name = "lot_number", nullable = false)
    public String lotNumber;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "quantity_value", nullable = false))
    @AttributeOverride(name = "unit", column = @Column(name = "quantity_unit", nullable = false))
    public Quantity quantityUsed;

    public static UsedLot of(
            long ingredientId, long supplierId, String lotNumber, LocalDate expiresOn, Quantity quantityUsed) {
        UsedLot lot = new UsedLot();
        lot.ingredientId = ingredientId;
        lot.supplierId = supplierId;
        lot.lotNumber = lotNumber;
        lot.expiresOn = expiresOn;
        lot.quantityUsed = quantityUsed;
        return lot;
    }
}
