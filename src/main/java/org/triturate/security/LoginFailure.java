package org.triturate.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One failed login. Kept in the database rather than in memory so that the lockout holds across restarts and
 * across service instances sharing the database. Keyed by the canonical username ({@link Username}),
 * whether or not it exists.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "username_key", nullable = false, updatable = false)
    public String usernameKey;

    @Column(name = "failed_at", nullable = false, updatable = false)
    public Instant failedAt;
}
