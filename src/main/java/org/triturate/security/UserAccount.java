package org.triturate.security;

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
import java.time.Instant;
import java.util.Optional;

/** A person who signs in, under the canonical form of its name ({@link Username}), which the column compares exactly. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    public static final String GENERATION_CLAIM = "gen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String username;

    /** bcrypt hash; the plain password is never stored or logged. */
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** The prescriber a PRESCRIBER user acts as; null for every other role. */
    @Column(name = "prescriber_id")
    public Long prescriberId;

    @Column(nullable = false)
    public boolean active;

    /**
     * Tokens carry the generation they were issued in (claim {@value #GENERATION_CLAIM}); raising it ends every session
     * of the user at once (deactivation, role or prescriber change, password reset, logout).
     */
    @Column(name = "token_generation", nullable = false)
    public long tokenGeneration;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Ends every session of this user: tokens of an earlier generation are refused from now on. */
    public void endSessions() {
        tokenGeneration++;
    }

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
