package org.triturate.security.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.triturate.common.config.TriturateConfig;
import org.triturate.common.files.OwnerOnlyFiles;
import org.triturate.security.PasswordChanged;
import org.triturate.security.Role;
import org.triturate.security.UserAccount;

/**
 * On the first start (no user at all) creates the {@code admin} user, with TRITURATE_ADMIN_PASSWORD or, when
 * that is unset, a random password written to {@code <data dir>/initial-admin-password} for the owner only. The
 * file is deleted once that password is changed: it would otherwise keep a stale secret, or invite reusing it.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final String ADMIN_USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final TriturateConfig config;

    AdminBootstrap(UserService users, TriturateConfig config) {
        this.users = users;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (UserAccount.count() > 0) {
            return;
        }
        String password = config.admin().password().filter(p -> !p.isBlank()).orElseGet(this::generatedPassword);
        users.create(ADMIN_USERNAME, password, Role.ADMIN, null, "system");
    }

    void onPasswordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged change) {
        if (!ADMIN_USERNAME.equals(change.username())) {
            return;
        }
        Path file = passwordFile();
        try {
            if (Files.deleteIfExists(file)) {
                LOG.infof("The password of '%s' was changed; deleted %s", ADMIN_USERNAME, file);
            }
        } catch (IOException e) {
            LOG.warnf(
                    "Could not delete %s (%s); delete it by hand",
                    file, e.getClass().getSimpleName());
        }
    }

    private Path passwordFile() {
        return Path.of(config.dataDir()).resolve(PASSWORD_FILE).toAbsolutePath();
    }

    private String generatedPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path file = passwordFile();
        try {
            OwnerOnlyFiles.write(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the first admin password to " + file, e);
        }
        LOG.infof(
                "Created user '%s'; its generated password is in %s (readable by the owner only)",
                ADMIN_USERNAME, file);
        return password;
    }
}
