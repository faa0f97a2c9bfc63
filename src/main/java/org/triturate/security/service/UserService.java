package org.triturate.security.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditLog;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.persistence.Lookup;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.security.PasswordChanged;
import org.triturate.security.PasswordHasher;
import org.triturate.security.PasswordPolicy;
import org.triturate.security.PrescriberDirectory;
import org.triturate.security.Role;
import org.triturate.security.SessionsEnded;
import org.triturate.security.UserAccount;
import org.triturate.security.Username;

/**
 * User accounts: creation and changes by an administrator, password changes and logouts by the user, each audited in
 * the same transaction. Every change that alters what a user may do or how it proves who it is ends its sessions.
 */
@ApplicationScoped
@Transactional
public class UserService {

    static final String ENTITY_TYPE = "USER";

    private final PasswordHasher passwords;
    private final PasswordPolicy passwordPolicy;
    private final PrescriberDirectory prescribers;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<SessionsEnded> sessionsEnded;
    private final Event<PasswordChanged> passwordChanged;
    private final LoginThrottle throttle;

    UserService(
            PasswordHasher passwords,
            PasswordPolicy passwordPolicy,
            PrescriberDirectory prescribers,
            AuditLog audit,
            Clock clock,
            Event<SessionsEnded> sessionsEnded,
            Event<PasswordChanged> passwordChanged,
            LoginThrottle throttle) {
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.prescribers = prescribers;
        this.audit = audit;
        this.clock = clock;
        this.sessionsEnded = sessionsEnded;
        this.passwordChanged = passwordChanged;
        this.throttle = throttle;
    }

    public UserAccount create(String requestedName, String password, Role role, Long prescriberId, String actor) {
        String username = Username.canonical(requestedName)
                .orElseThrow(() -> ApiException.invalidField("username", "Not a valid username"));
        passwordPolicy.require(username, password, "password");
        requirePrescriberLink(role, prescriberId);
        if (UserAccount.findByUsername(username).isPresent()) {
            throw new ApiException(ErrorCode.DUPLICATE_USERNAME, "username", "This username is taken");
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = passwords.hash(password);
        user.role = role;
        user.prescriberId = prescriberId;
        user.active = true;
        user.createdAt = clock.instant();
        try {
            user.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // Another request took the username between our check and our insert.
            throw new ApiException(ErrorCode.DUPLICATE_USERNAME, "username", "This username is taken");
        }
        audit.record(actor, "USER_CREATED", ENTITY_TYPE, user.id, describe(user));
        return user;
    }

    /**
     * Changes role, prescriber link, active flag and, when given, the password of the version the caller read. Any
     * of these changes ends the user's sessions: its tokens carried the old role, link or credentials.
     */
    public UserAccount update(
            long id, String ifMatch, Role role, Long prescriberId, boolean active, String newPassword, String actor) {
        UserAccount user = get(id);
        if (newPassword != null) {
            passwordPolicy.require(user.username, newPassword, "password");
        }
        EntityVersion.require(ifMatch, user.version);
        requirePrescriberLink(role, prescriberId);
        boolean changed = user.role != role
                || !Objects.equals(user.prescriberId, prescriberId)
                || user.active != active
                || newPassword != null;
        user.role = role;
        user.prescriberId = prescriberId;
        user.active = active;
        if (newPassword != null) {
            user.passwordHash = passwords.hash(newPassword);
        }
        if (changed) {
            endSessions(user);
        }
        // Flush here so that a concurrent change surfaces as an OptimisticLockException inside this method.
        user.persistAndFlush();
        Map<String, Object> details = describe(user);
        details.put("passwordReset", newPassword != null);
        audit.record(actor, "USER_UPDATED", ENTITY_TYPE, user.id, details);
        if (newPassword != null) {
            passwordChanged.fire(new PasswordChanged(user.id, user.username));
        }
        return user;
    }

    /**
     * The user's own password change: the current password must be given, and every session of the user ends,
     * the one that asked included.
     */
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserAccount user = get(id);
        // The current password is guessed here as at login, so the same lockout counts and ends the guessing.
        throttle.reserveAttempt(user.username);
        if (!passwords.matches(currentPassword, user.passwordHash)) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "currentPassword", "The current password is wrong");
        }
        throttle.succeeded(user.username);
        passwordPolicy.require(user.username, newPassword, "newPassword");
        user.passwordHash = passwords.hash(newPassword);
        endSessions(user);
        user.persistAndFlush();
        audit.record(user.username, "PASSWORD_CHANGED", ENTITY_TYPE, user.id, Map.of("username", user.username));
        passwordChanged.fire(new PasswordChanged(user.id, user.username));
    }

    /**
     * Logout: ends every session of the user. One atomic increment, which leaves the account's version alone
     * (a logout is no edit an administrator's If-Match should trip over) and never conflicts with another logout.
     */
    public void logOut(long id) {
        UserAccount user = get(id);
        UserAccount.update("tokenGeneration = tokenGeneration + 1 where id = ?1", id);
        audit.record(user.username, "LOGGED_OUT", ENTITY_TYPE, user.id, Map.of("username", user.username));
        sessionsEnded.fire(new SessionsEnded(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> Lookup.notFound("User"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<UserAccount> list(PageRequest page) {
        var query = UserAccount.<UserAccount>findAll(Sort.descending("id"));
        return new PageResponse<>(
                query.page(Page.of(page.page(), page.size())).list(), page.page(), page.size(), query.count());
    }

    private void requirePrescriberLink(Role role, Long prescriberId) {
        if (role == Role.PRESCRIBER) {
            if (prescriberId == null || !prescribers.exists(prescriberId)) {
                throw new ApiException(
                        ErrorCode.PRESCRIBER_NOT_FOUND,
                        "prescriberId",
                        "A PRESCRIBER user must name an existing prescriberId");
            }
        } else if (prescriberId != null) {
            throw ApiException.invalidField("prescriberId", "Only a PRESCRIBER user is linked to a prescriber");
        }
    }

    private void endSessions(UserAccount user) {
        user.endSessions();
        sessionsEnded.fire(new SessionsEnded(user.id));
    }

    private static Map<String, Object> describe(UserAccount user) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", user.username);
        details.put("role", user.role.name());
        details.put("prescriberId", user.prescriberId);
        details.put("active", user.active);
        return details;
    }
}
