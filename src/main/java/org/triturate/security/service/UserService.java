package org.triturate.security.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.triturate.audit.AuditLog;
import org.triturate.common.concurrency.EntityVersion;
import org.triturate.common.paging.PageRequest;
import org.triturate.common.paging.PageResponse;
import org.triturate.common.problem.ApiException;
import org.triturate.common.problem.ErrorCode;
import org.triturate.security.PasswordHasher;
import org.triturate.security.PrescriberDirectory;
import org.triturate.security.Role;
import org.triturate.security.UserAccount;
import org.triturate.security.Username;

/** User accounts: creation and changes by an administrator, each audited in the same transaction. */
@ApplicationScoped
@Transactional
public class UserService {

    static final String ENTITY_TYPE = "USER";

    private final PasswordHasher passwords;
    private final PrescriberDirectory prescribers;
    private final AuditLog audit;
    private final Clock clock;

    UserService(PasswordHasher passwords, PrescriberDirectory prescribers, AuditLog audit, Clock clock) {
        this.passwords = passwords;
        this.prescribers = prescribers;
        this.audit = audit;
        this.clock = clock;
    }

    public UserAccount create(String requestedName, String password, Role role, Long prescriberId, String actor) {
        String username = Username.canonical(requestedName)
                .orElseThrow(() -> ApiException.invalidField("username", "Not a valid username"));
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

    /** Changes role, prescriber link, active flag and, when given, the password of the version the caller read. */
    public UserAccount update(
            long id, String ifMatch, Role role, Long prescriberId, boolean active, String newPassword, String actor) {
        UserAccount user = get(id);
        EntityVersion.require(ifMatch, user.version);
        requirePrescriberLink(role, prescriberId);
        user.role = role;
        user.prescriberId = prescriberId;
        user.active = active;
        if (newPassword != null) {
            user.passwordHash = passwords.hash(newPassword);
        }
        // Flush here so that a concurrent change surfaces as an OptimisticLockException inside this method.
        user.persistAndFlush();
        Map<String, Object> details = describe(user);
        details.put("passwordReset", newPassword != null);
        audit.record(actor, "USER_UPDATED", ENTITY_TYPE, user.id, details);
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("User"));
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

    private static Map<String, Object> describe(UserAccount user) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", user.username);
        details.put("role", user.role.name());
        details.put("prescriberId", user.prescriberId);
        details.put("active", user.active);
        return details;
    }
}
