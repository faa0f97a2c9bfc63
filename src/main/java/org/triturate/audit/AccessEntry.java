package org.triturate.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One row of the access log as ADMIN reads it: one read of one patient's data (or a read that returned no patient).
 * Rows are written by {@link AccessLogWriter} only, never updated or deleted (triggers reject both).
 */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessEntry extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "user_id")
    public Long userId;

    public String username;

    public String role;

    @Enumerated(EnumType.STRING)
    public AccessAction action;

    @Column(name = "resource_id")
    public Long resourceId;

    @Column(name = "patient_id")
    public Long patientId;

    @Column(name = "remote_address")
    public String remoteAddress;

    @Column(name = "request_id")
    public String requestId;
}
