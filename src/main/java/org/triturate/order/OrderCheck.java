package org.triturate.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.triturate.common.rule.Finding;
import org.triturate.common.rule.Outcome;

/** A passed or warning check as recorded when the order's checks last ran (BLOCK never reaches an order). */
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
        check.code = finding.code().name();
        check.outcome = finding.outcome();
        check.detail = finding.detail();
        return check;
    }
}
