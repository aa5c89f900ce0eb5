package org.newsdesk.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.control.AccountRows;
import org.newsdesk.account.control.PasswordHasher;
import org.newsdesk.account.control.PasswordPolicy;
import org.newsdesk.account.control.TemporaryPasswords;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.RecoveryCode;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.WrongStateException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passwords after an account exists: the user's own change (the current password required) and an admin's reset
 * to a temporary password that only lets its owner choose a new one. Either ends the account's other sessions
 * (see {@link ActiveAccount#acceptsSessionFrom}); each appends one audit event.
 */
@Stateless
public class PasswordService {

    private static final String ENTITY = "account";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    AuditLog audit;

    private final PasswordHasher hasher = new PasswordHasher();

    /** What became of a change of one's own password. */
    public enum Change {
        CHANGED,
        /** The current password was wrong (or the account locked): counted like a failed login, and recorded. */
        WRONG_CURRENT
    }

    /**
     * Changes the caller's own password.
     *
     * @throws InvalidInputException when the new password is too weak or the same as the current one (nothing
     *                               is written then)
     */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Change changeOwn(String current, String next) {
        String name = context.getCallerPrincipal().getName();
        Account account = AccountRows.lock(em, AccountRows.get(em, name));
        Instant now = Instant.now();
        // a session thief must not get to guess the password here: locked accounts are not even checked
        if (!account.mayLogInAt(now) || current == null || !hasher.verify(current, account.getPasswordHash())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", account.mayLogInAt(now) ? "wrong-current-password" : "locked");
            if (account.mayLogInAt(now) && account.recordFailedLogin(now)) {
                details.put("lockedUntil", account.getLockedUntil().toString());
            }
            audit.record(AuditAction.ACCOUNT_PASSWORD_CHANGE_FAILED, null, ENTITY, name, details);
            return Change.WRONG_CURRENT;
        }
        if (next != null && next.equals(current)) {
            throw new InvalidInputException("new", "must differ from the current password");
        }
        PasswordPolicy.weakness(next, name, account.getDisplayName()).ifPresent(weakness -> {
            throw new InvalidInputException("new", weakness);
        });
        boolean wasReset = account.isMustChangePassword();
        account.changePassword(hasher.hash(next), now);
        account.recordSuccessfulLogin();
        audit.record(AuditAction.ACCOUNT_PASSWORD_CHANGED, null, ENTITY, name,
                Map.of("afterReset", wasReset));
        return Change.CHANGED;
    }

    /**
     * Sets a new temporary password for an account, ends its sessions, revokes its API tokens, removes its
     * two-factor login and lifts a lock-out. The temporary password
     * is returned once (to be handed over in person) and is stored only as a hash.
     */
    @RolesAllowed(Roles.ADMIN)
    public String reset(String username) {
        Account account = AccountRows.get(em, username);
        if (!account.isEnabled()) {
            throw new WrongStateException("The account '" + account.getUsername() + "' is disabled");
        }
        String temporary = TemporaryPasswords.generate();
        Instant now = Instant.now();
        account.resetPassword(hasher.hash(temporary), now);
        int tokens = AccountRows.revokeTokens(em, account, now);
        boolean hadTwoFactor = account.hasTwoFactor();
        // the usual reason for a reset is a lost phone as much as a forgotten password: the user sets up anew
        account.disableTwoFactor();
        em.createNamedQuery(RecoveryCode.DELETE_OF).setParameter("account", account).executeUpdate();
        audit.record(AuditAction.ACCOUNT_PASSWORD_RESET, null, ENTITY, account.getUsername(),
                Map.of("tokensRevoked", tokens, "twoFactorRemoved", hadTwoFactor));
        return temporary;
    }
}
