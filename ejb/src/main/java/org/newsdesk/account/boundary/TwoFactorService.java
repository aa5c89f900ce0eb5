package org.newsdesk.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.newsdesk.account.control.AccountRows;
import org.newsdesk.account.control.RecoveryCodes;
import org.newsdesk.account.control.Totp;
import org.newsdesk.account.control.TwoFactorPolicy;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.RecoveryCode;
import org.newsdesk.account.entity.Role;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.boundary.LedgerKeys;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.WrongStateException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Two-factor login with an authenticator app (TOTP, RFC 6238) and recovery codes: enrolment confirmed by a first
 * code, the second step of a screen login, turning it off. Optional for everyone, required for the roles named in
 * {@code newsdesk.2fa.required-roles} (read at each use, so an operator's change applies without a redeploy).
 */
@Stateless
public class TwoFactorService {

    static final String PURPOSE = "totp-secret";
    private static final Logger LOG = Logger.getLogger(TwoFactorService.class.getName());
    private static final String ENTITY = "account";
    private static final String ISSUER = "Newsdesk";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    AuditLog audit;

    @EJB
    LedgerKeys keys;

    /** Where a user stands: on, waiting for the first code, required by a role, recovery codes left. */
    public record Status(boolean enabled, boolean required, int recoveryCodesLeft) {
    }

    /** A started enrolment: the secret to type in, and the address its QR code carries. */
    public record Enrolment(String secret, String uri) {
    }

    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Status status() {
        Account account = caller();
        return new Status(account.hasTwoFactor(), required(account), account.hasTwoFactor()
                ? em.createNamedQuery(RecoveryCode.UNUSED_OF, RecoveryCode.class).setParameter("account", account)
                .getResultList().size() : 0);
    }

    /** Starts (or starts over) an enrolment: a new secret, not yet in force. */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Enrolment begin() {
        Account account = AccountRows.lock(em, caller());
        if (account.hasTwoFactor()) {
            throw new WrongStateException("Two-factor login is already on");
        }
        byte[] secret = Totp.newSecret();
        account.beginTwoFactor(keys.secretBox().seal(secret, PURPOSE));
        return new Enrolment(Totp.base32(secret), Totp.uri(ISSUER, account.getUsername(), secret));
    }

    /**
     * Turns two-factor login on when the code is the app's current one; returns the ten recovery codes, shown this
     * once and stored only as keyed hashes.
     */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public List<String> confirm(String code) {
        Account account = AccountRows.lock(em, caller());
        if (account.hasTwoFactor() || account.getTotpSecret() == null) {
            throw new WrongStateException("No two-factor enrolment is waiting for its first code");
        }
        byte[] secret = keys.secretBox().open(account.getTotpSecret(), PURPOSE);
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "is not the code your app shows now");
        }
        account.enableTwoFactor(step.getAsLong(), Instant.now());
        List<String> codes = newRecoveryCodes(account);
        audit.record(AuditAction.ACCOUNT_TWO_FACTOR_ENABLED, null, ENTITY, account.getUsername(), Map.of());
        return codes;
    }

    /** Turns two-factor login off, proven by a current code or a recovery code; not where a role requires it. */
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public void disable(String code) {
        Account account = AccountRows.lock(em, caller());
        if (!account.hasTwoFactor()) {
            throw new WrongStateException("Two-factor login is not on");
        }
        if (required(account)) {
            throw new InvalidInputException("code", "your role requires two-factor login");
        }
        if (consume(account, code).isEmpty()) {
            throw new InvalidInputException("code", "is neither the code your app shows now nor an unused recovery code");
        }
        account.disableTwoFactor();
        em.createNamedQuery(RecoveryCode.DELETE_OF).setParameter("account", account).executeUpdate();
        audit.record(AuditAction.ACCOUNT_TWO_FACTOR_DISABLED, null, ENTITY, account.getUsername(), Map.of());
    }

    /**
     * The second step of a screen login, after the password was right: a current code or an unused recovery code.
     * A wrong code counts like a wrong password (five lock the account); either way one event is appended.
     */
    @PermitAll
    public Optional<Authenticated> secondStep(String username, String code) {
        Account account = AccountRows.find(em, username).map(found -> AccountRows.lock(em, found)).orElse(null);
        Instant now = Instant.now();
        if (account == null) {
            return Optional.empty();
        }
        String name = account.getUsername();
        Optional<String> used = account.mayLogInAt(now) && account.hasTwoFactor()
                ? consume(account, code) : Optional.empty();
        if (used.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("channel", "ui");
            details.put("reason", account.mayLogInAt(now) ? "bad-second-factor" : account.isEnabled() ? "locked"
                    : "disabled");
            if (account.mayLogInAt(now) && account.recordFailedLogin(now)) {
                details.put("lockedUntil", account.getLockedUntil().toString());
            }
            audit.recordAs(name, AuditAction.ACCOUNT_LOGIN_FAILED, null, ENTITY, name, details);
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        audit.recordAs(name, AuditAction.ACCOUNT_LOGIN, null, ENTITY, name,
                Map.of("channel", "ui", "secondFactor", used.get()));
        return Optional.of(new Authenticated(name, account.getDisplayName(), Set.copyOf(account.getRoles()),
                account.isMustChangePassword(), false));
    }

    /** Whether the account's roles require two-factor login under the current configuration. */
    static boolean required(Account account) {
        return TwoFactorPolicy.requiredFor(account.getRoles(), requiredRoles());
    }

    /** The configured roles; a value that names no role falls back to the default, which requires more, not less. */
    static Set<Role> requiredRoles() {
        String configured = ConfigProvider.getConfig().getOptionalValue(TwoFactorPolicy.PROPERTY, String.class)
                .orElse(TwoFactorPolicy.DEFAULT);
        try {
            return TwoFactorPolicy.parse(configured);
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> e.getMessage() + "; requiring two-factor login of " + TwoFactorPolicy.DEFAULT);
            return TwoFactorPolicy.parse(TwoFactorPolicy.DEFAULT);
        }
    }

    /** Uses up a current TOTP code (its time step) or an unused recovery code; names which it was. */
    private Optional<String> consume(Account account, String code) {
        byte[] secret = keys.secretBox().open(account.getTotpSecret(), PURPOSE);
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now());
        if (step.isPresent()) {
            return account.acceptTotpStep(step.getAsLong()) ? Optional.of("totp") : Optional.empty();
        }
        String normal = RecoveryCodes.normal(code);
        if (normal == null) {
            return Optional.empty();
        }
        String hash = keys.recoveryCodeHash(normal);
        for (RecoveryCode stored : em.createNamedQuery(RecoveryCode.UNUSED_OF, RecoveryCode.class)
                .setParameter("account", account).getResultList()) {
            if (java.security.MessageDigest.isEqual(hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    stored.getCodeHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return stored.use(Instant.now()) ? Optional.of("recovery-code") : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<String> newRecoveryCodes(Account account) {
        em.createNamedQuery(RecoveryCode.DELETE_OF).setParameter("account", account).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        for (String code : codes) {
            em.persist(new RecoveryCode(account, keys.recoveryCodeHash(RecoveryCodes.normal(code))));
        }
        return codes;
    }

    private Account caller() {
        return AccountRows.get(em, context.getCallerPrincipal().getName());
    }
}
