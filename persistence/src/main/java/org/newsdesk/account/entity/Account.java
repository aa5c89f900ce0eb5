package org.newsdesk.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who works in Newsdesk. Accounts are never deleted, only disabled, so that the audit log and the
 * revision history keep naming real people.
 * <p>
 * Failed logins are counted in a sliding window: after {@link #MAX_FAILURES} failures within
 * {@link #FAILURE_WINDOW} the account is locked for {@link #LOCK_DURATION}, during which even the right
 * password is refused.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.COUNT_ALL, query = "select count(a) from Account a")
@NamedQuery(name = Account.USERNAMES_WITH_ROLE,
        query = "select a.username from Account a join a.roles r where r = :role and a.enabled = true order by a.username")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String COUNT_ALL = "Account.countAll";
    /** The user names of the enabled accounts holding a role (a desk's queue). */
    public static final String USERNAMES_WITH_ROLE = "Account.usernamesWithRole";

    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** Lower-case letters, digits, dot, dash and underscore; 3 to 64 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "failure_window_start")
    private Instant failureWindowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /** The TOTP secret, sealed (encrypted and authenticated); null without two-factor login. */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Collection<Role> roles, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("invalid username: " + username);
        }
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Replaces the roles; returns whether anything changed. */
    public boolean assignRoles(Collection<Role> newRoles) {
        Set<Role> next = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        if (next.equals(roles)) {
            return false;
        }
        roles.clear();
        roles.addAll(next);
        return true;
    }

    /** Disables the account for good; returns whether it was enabled before. */
    public boolean disable() {
        boolean wasEnabled = enabled;
        enabled = false;
        return wasEnabled;
    }

    /**
     * The user's own new password: sessions logged in before now end (the one that changed it logs in anew), and a
     * reset's demand for a new password is met.
     */
    public void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        mustChangePassword = false;
        passwordChangedAt = now;
        sessionsValidAfter = now;
    }

    /**
     * A temporary password set by an admin: every session ends, the lock-out is lifted, and the temporary password
     * only lets its owner choose a new one.
     */
    public void resetPassword(String temporaryHash, Instant now) {
        passwordHash = Objects.requireNonNull(temporaryHash);
        mustChangePassword = true;
        passwordChangedAt = now;
        sessionsValidAfter = now;
        failedLogins = 0;
        failureWindowStart = null;
        lockedUntil = null;
    }

    /** Keeps a new, not yet confirmed TOTP secret (sealed); an enabled one stays until it is confirmed. */
    public void beginTwoFactor(String sealedSecret) {
        if (hasTwoFactor()) {
            throw new IllegalStateException("two-factor login is already on");
        }
        totpSecret = Objects.requireNonNull(sealedSecret);
        totpLastStep = null;
    }

    /** Turns two-factor login on with the pending secret, at the time step of the code that confirmed it. */
    public void enableTwoFactor(long step, Instant now) {
        if (totpSecret == null || hasTwoFactor()) {
            throw new IllegalStateException("no two-factor enrolment is pending");
        }
        totpEnabledAt = now;
        totpLastStep = step;
    }

    /**
     * Accepts a code's time step only once and only moving forward: a code seen once (or an older one) is refused,
     * so an observed code cannot be replayed.
     */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void disableTwoFactor() {
        totpSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
    }

    public boolean hasTwoFactor() {
        return totpEnabledAt != null;
    }

    /** The sealed TOTP secret: the enabled one, or the pending one of an enrolment. */
    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getSessionsValidAfter() {
        return sessionsValidAfter;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A login may succeed only for an enabled account that is not locked. */
    public boolean mayLogInAt(Instant now) {
        return enabled && !isLockedAt(now);
    }

    /**
     * Counts a failed login. Returns true when this failure locked the account.
     */
    public boolean recordFailedLogin(Instant now) {
        if (failureWindowStart == null || now.isAfter(failureWindowStart.plus(FAILURE_WINDOW))) {
            failureWindowStart = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILURES && !isLockedAt(now)) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            failureWindowStart = null;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        failureWindowStart = null;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
