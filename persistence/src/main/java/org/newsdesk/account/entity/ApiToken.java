package org.newsdesk.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A personal API token: lets scripts call the API as its owner without the password. Never stores the secret, only
 * its hash; revoked tokens stay (the audit log names them) but open nothing.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_LOOKUP, query = "select t from ApiToken t join fetch t.account where t.lookup = :lookup")
@NamedQuery(name = ApiToken.OF_ACCOUNT, query = "select t from ApiToken t where t.account = :account "
        + "and t.revokedAt is null order by t.createdAt desc, t.id desc")
@NamedQuery(name = ApiToken.COUNT_ACTIVE, query = "select count(t) from ApiToken t where t.account = :account "
        + "and t.revokedAt is null")
public class ApiToken {

    public static final String BY_LOOKUP = "ApiToken.byLookup";
    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final String COUNT_ACTIVE = "ApiToken.countActive";
    public static final int MAX_NAME = 100;
    /** How often the time of last use is written at most: not on every call of a busy script. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, unique = true, length = 16)
    private String lookup;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String name, String lookup, String secretHash, Instant now, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.name = Objects.requireNonNull(name);
        this.lookup = Objects.requireNonNull(lookup);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether the token may open the API now: not revoked, not expired, its owner enabled. */
    public boolean opensAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && account.isEnabled();
    }

    /** Notes a use; returns whether that changed the stored time (at most once per minute). */
    public boolean usedAt(Instant now) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(USE_RESOLUTION))) {
            return false;
        }
        lastUsedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /** Revokes the token for good; returns whether it was still active. */
    public boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getLookup() {
        return lookup;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
