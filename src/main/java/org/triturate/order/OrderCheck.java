package org.triturate.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.triturate.order.check.Finding;
import org.triturate.order.check.Outcome;

/** A passed or warning check as recorded when the order's checks last ran (failures never reach an order). */
@Embeddable
public class OrderCheck {

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(nullable = false)
    public String detail;

    public static OrderCheck of(Finding finding) {
        OrderCheck check = new OrderCheck();
        check.code = finding.code();
        check.outcome = finding.outcome();
        check.detail = finding.detail();
        return check;
    }
}
