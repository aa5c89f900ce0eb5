package org.newsdesk.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.control.AccountRows;
import org.newsdesk.account.control.PasswordHasher;
import org.newsdesk.account.control.PasswordPolicy;
import org.newsdesk.account.control.VerifiedCredentials;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.Role;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.boundary.LedgerKeys;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.NewsdeskException.FieldError;
import org.newsdesk.shared.boundary.Page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Accounts: authentication (with lock-out) for both login channels, and their administration.
 * Every change appends one audit event in the same transaction.
 */
@Stateless
public class AccountService {

    private static final String ENTITY = "account";
    private static final Set<String> SORTABLE = Set.of("username", "displayName", "createdAt", "enabled");

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    VerifiedCredentials verified;

    @EJB
    LedgerKeys keys;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Checks a user name and password. A wrong password, an unknown user, a disabled and a locked account all
     * answer the same (empty), after the same amount of work; only the audit log tells them apart.
     * A successful API authentication writes nothing; everything else appends one event.
     */
    @PermitAll
    public Optional<Authenticated> authenticate(String username, String password, LoginChannel channel) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        AuditAction failedAction = channel == LoginChannel.UI
                ? AuditAction.ACCOUNT_LOGIN_FAILED : AuditAction.ACCOUNT_API_AUTH_FAILED;
        Optional<Account> found = name.isEmpty() ? Optional.empty() : find(name);
        if (password == null || name.isEmpty()) {
            String who = name.isEmpty() ? AuditLog.ANONYMOUS : found.isPresent() ? name : keys.pseudonym(name);
            audit.recordAs(who, failedAction, null, ENTITY, who, details(channel, "missing-credentials"));
            return Optional.empty();
        }
        if (found.isEmpty()) {
            // what was typed may be a password in the wrong field: only its keyed hash is kept
            hasher.verifyDummy(password);
            String who = keys.pseudonym(name);
            audit.recordAs(who, failedAction, null, ENTITY, who, details(channel, "unknown-user"));
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.mayLogInAt(now)) {
            hasher.verifyDummy(password);
            audit.recordAs(name, failedAction, null, ENTITY, name,
                    details(channel, account.isEnabled() ? "locked" : "disabled"));
            return Optional.empty();
        }
        boolean ok = verified.contains(name, password, account.getPasswordHash(), now)
                || hasher.verify(password, account.getPasswordHash());
        if (!ok) {
            // parallel failures for one account take turns here, so that none is lost and none fails
            account = AccountRows.lock(em, account);
            if (!account.mayLogInAt(now)) {
                audit.recordAs(name, failedAction, null, ENTITY, name,
                        details(channel, account.isEnabled() ? "locked" : "disabled"));
                return Optional.empty();
            }
            boolean lockedNow = account.recordFailedLogin(now);
            Map<String, Object> details = details(channel, "bad-password");
            if (lockedNow) {
                details.put("lockedUntil", account.getLockedUntil().toString());
            }
            audit.recordAs(name, failedAction, null, ENTITY, name, details);
            return Optional.empty();
        }
        if (channel == LoginChannel.API && !account.hasTwoFactor() && TwoFactorService.required(account)) {
            // a role that requires two-factor login gets no API access by password alone, not even before its
            // set-up: the screens make the user set it up, then scripts use personal tokens
            audit.recordAs(name, failedAction, null, ENTITY, name, details(channel, "two-factor-required"));
            return Optional.empty();
        }
        if (account.hasTwoFactor()) {
            if (channel == LoginChannel.API) {
                // answered exactly like a wrong password: API calls of such accounts use personal tokens
                audit.recordAs(name, failedAction, null, ENTITY, name, details(channel, "two-factor-account"));
                return Optional.empty();
            }
            // the password was right; the login happens only after the second step
            return Optional.of(new Authenticated(account.getUsername(), account.getDisplayName(),
                    Set.copyOf(account.getRoles()), account.isMustChangePassword(), true));
        }
        verified.remember(name, password, account.getPasswordHash(), now);
        if (channel == LoginChannel.UI) {
            account = AccountRows.lock(em, account);
            if (!account.mayLogInAt(now)) {
                audit.recordAs(name, failedAction, null, ENTITY, name,
                        details(channel, account.isEnabled() ? "locked" : "disabled"));
                return Optional.empty();
            }
            account.recordSuccessfulLogin();
            audit.recordAs(name, AuditAction.ACCOUNT_LOGIN, null, ENTITY, name, Map.of("channel", "ui"));
        }
        return Optional.of(new Authenticated(account.getUsername(), account.getDisplayName(),
                Set.copyOf(account.getRoles()), account.isMustChangePassword(), false));
    }

    /**
     * Records that login attempts from a client address are refused for a while. The ledger keeps a keyed
     * pseudonym of the address, not the address itself (the server log has that, and is rotated).
     */
    @PermitAll
    public void recordAddressThrottled(String address, int failures, Instant until) {
        String who = keys.pseudonym(address == null ? "" : address).replace("unknown:", "address:");
        audit.recordAs(AuditLog.ANONYMOUS, AuditAction.ACCOUNT_ADDRESS_THROTTLED, null, "address", who,
                Map.of("failures", failures, "until", until.toString()));
    }

    /**
     * What a session needs to know on every request about an account that logged in earlier: empty once it is
     * disabled or gone.
     */
    @PermitAll
    public Optional<ActiveAccount> active(String username) {
        return find(username)
                .filter(Account::isEnabled)
                .map(ActiveAccount::of);
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary create(NewAccount input) {
        List<FieldError> errors = new ArrayList<>();
        String name = input.username() == null ? "" : input.username().strip().toLowerCase(Locale.ROOT);
        if (!Account.USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username",
                    "3 to 64 characters: lower-case letters, digits, '.', '-' or '_', starting with a letter or digit"));
        } else if (find(name).isPresent()) {
            errors.add(new FieldError("username", "is already taken"));
        }
        if (input.displayName() != null && input.displayName().length() > 200) {
            errors.add(new FieldError("displayName", "must have at most 200 characters"));
        }
        PasswordPolicy.weakness(input.password(), name, input.displayName())
                .ifPresent(weakness -> errors.add(new FieldError("password", weakness)));
        Set<Role> roles = parseRoles(input.roles(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = new Account(name, input.displayName(), hasher.hash(input.password()), roles, Instant.now());
        em.persist(account);
        audit.record(AuditAction.ACCOUNT_CREATED, null, ENTITY, name, Map.of("roles", new TreeSet<>(roles)));
        return AccountSummary.of(account, Instant.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary assignRoles(String username, Collection<String> roleNames) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = parseRoles(roleNames == null ? null : List.copyOf(roleNames), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = get(username);
        Set<Role> before = new TreeSet<>(account.getRoles());
        if (account.assignRoles(roles)) {
            audit.record(AuditAction.ACCOUNT_ROLES_CHANGED, null, ENTITY, account.getUsername(),
                    Map.of("before", before, "after", new TreeSet<>(roles)));
        }
        return AccountSummary.of(account, Instant.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary disable(String username) {
        Account account = get(username);
        if (account.disable()) {
            audit.record(AuditAction.ACCOUNT_DISABLED, null, ENTITY, account.getUsername(), Map.of());
        }
        return AccountSummary.of(account, Instant.now());
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountSummary summary(String username) {
        return AccountSummary.of(get(username), Instant.now());
    }

    /**
     * One page of accounts, optionally filtered by a part of the user or display name.
     *
     * @param sortField one of username, displayName, createdAt, enabled (else username)
     */
    @RolesAllowed(Roles.ADMIN)
    public Page<AccountSummary> list(int page, int size, String filter, String sortField, boolean ascending) {
        Page.validate(page, size);
        String sort = sortField != null && SORTABLE.contains(sortField) ? sortField : "username";
        String where = filter == null || filter.isBlank() ? ""
                : " where lower(a.username) like :f or lower(a.displayName) like :f";
        var items = em.createQuery("select a from Account a" + where + " order by a." + sort
                + (ascending ? " asc" : " desc") + ", a.username", Account.class);
        var count = em.createQuery("select count(a) from Account a" + where, Long.class);
        if (!where.isEmpty()) {
            String like = "%" + filter.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            items.setParameter("f", like);
            count.setParameter("f", like);
        }
        Instant now = Instant.now();
        List<AccountSummary> found = items.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(account -> AccountSummary.of(account, now)).toList();
        return new Page<>(found, count.getSingleResult(), page, size);
    }

    private Optional<Account> find(String username) {
        return AccountRows.find(em, username);
    }

    private Account get(String username) {
        return AccountRows.get(em, username);
    }

    private static Set<Role> parseRoles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("roles", "at least one role is required"));
            return roles;
        }
        for (String roleName : names) {
            try {
                roles.add(Role.valueOf(roleName == null ? "" : roleName.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("roles", "unknown role '" + roleName + "'; known: "
                        + java.util.Arrays.toString(Role.values())));
            }
        }
        return roles;
    }

    private static Map<String, Object> details(LoginChannel channel, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel.name().toLowerCase(Locale.ROOT));
        details.put("reason", reason);
        return details;
    }
}
