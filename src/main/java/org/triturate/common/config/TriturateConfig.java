package org.triturate.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Triturate's own settings (prefix {@code triturate}); each maps to a TRITURATE_* environment variable. */
@ConfigMapping(prefix = "triturate")
public interface TriturateConfig {

    /** Where the embedded database, the generated signing keys and the first admin password live. */
    @WithDefault("./data")
    String dataDir();

    /** The pharmacy's time zone: "today" for licence, DEA and beyond-use dates. */
    @WithDefault("UTC")
    ZoneId timeZone();

    Admin admin();

    Database database();

    Jwt jwt();

    Login login();

    Password password();

    Order order();

    Compounding compounding();

    Pharmacy pharmacy();

    interface Admin {
        /** Password of the bootstrap {@code admin}; when absent one is generated and written to the data dir. */
        Optional<String> password();
    }

    interface Database {
        /**
         * Whether the service brings the schema up to date when it starts. Off for the replicas of a cluster, whose
         * schema a one-off {@code migrate} run changes; they then refuse to start on a schema that is behind.
         */
        @WithDefault("true")
        boolean migrateAtStart();
    }

    interface Jwt {
        /** The {@code iss} claim written into, and required of, every access token. */
        @WithDefault("triturate")
        String issuer();

        @WithDefault("PT1H")
        Duration lifetime();

        /** PEM private key that signs tokens; the launcher generates one in the data directory when unset. */
        Optional<String> signKeyLocation();

        /** PEM public key or JWKS (file or URL, e.g. an OIDC issuer's) that verifies tokens. */
        Optional<String> verifyKeyLocation();

        /**
         * Absolute session cap: a token issued longer ago than this, or issued for longer than this, is refused even
         * before it expires (what bounds a token of an external issuer with a long lifetime).
         */
        @WithDefault("PT12H")
        Duration maxSession();

        /**
         * How long one instance trusts what it last read of a user (token generation, active flag, role, prescriber)
         * before reading it again; a change made on this instance takes effect at once, one made on another
         * instance within this time.
         */
        @WithDefault("PT5S")
        Duration sessionCacheTtl();

        /** The {@code aud} every token must carry; required when {@link #externalIssuer()} is true. */
        Optional<String> audience();

        /**
         * Tokens come from an external identity provider (its JWKS in {@link #verifyKeyLocation()}), which cannot
         * know a user's token generation: such tokens need no generation claim, and their sessions end at the
         * provider, at the session cap, and here on deactivation (role and prescriber always come from the account).
         */
        @WithDefault("false")
        boolean externalIssuer();
    }

    interface Login {
        /** Failed logins for one username within {@link #window()} that lock it. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("PT15M")
        Duration lockDuration();

        /** bcrypt work factor for new password hashes (each +1 doubles the time). */
        @WithDefault("12")
        int bcryptCost();

        Rate rate();

        /**
         * Login attempts allowed per client address and per username in a sliding window, checked before any
         * password hashing. Counted in memory, so each service instance counts on its own.
         */
        interface Rate {
            @WithDefault("60")
            int perIp();

            @WithDefault("10")
            int perAccount();

            @WithDefault("PT1M")
            Duration window();
        }
    }

    interface Password {
        /** The fewest characters a new password may have (it may not be the username either). */
        @WithDefault("12")
        int minLength();
    }

    interface Order {
        /**
         * The "essentially a copy" tolerance in percent: an ordered strength within this much of a marketed
         * strength (or of a multiple of it, up to 4) counts as the same strength.
         */
        @WithDefault("10")
        BigDecimal copyTolerancePercent();
    }

    interface Compounding {
        /**
         * The minimum weighable quantity of the pharmacy's balance in mg (balance sensitivity ÷ allowed error; USP's
         * example is 6 mg ÷ 5 % = 120 mg): a worksheet weight below it asks for the aliquot method.
         */
        @WithDefault("120")
        BigDecimal minimumWeighableMg();
    }

    /** The dispensing pharmacy as its labels name it. */
    interface Pharmacy {
        String name();

        String address();

        String phone();
    }
}
