package org.newsdesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the audit ledger: who did what to which thing, when. Events are written in the same transaction
 * as the change they record and never change afterwards.
 * <p>
 * Each event carries the hash of its predecessor ({@code prevHash}) and its own {@code hash}, a SHA-256 over its
 * content and {@code prevHash}. Altering or removing a stored event therefore breaks the chain at that point,
 * which {@link #hasIntactHash()} and the ledger verification detect.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FIND_RANGE, query = "select e from AuditEvent e where e.seq > :after order by e.seq")
public class AuditEvent {

    public static final String FIND_RANGE = "AuditEvent.findRange";

    /** The {@code prevHash} of the very first event. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "story_id", length = 64)
    private String storyId;

    @Column(name = "entity_type", length = 64)
    private String entityType;

    @Column(name = "entity_id", length = 200)
    private String entityId;

    @Column(nullable = false)
    private String details;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * Creates the event that follows {@code prevHash} in the chain at position {@code seq}.
     */
    public AuditEvent(long seq, Instant at, String actor, String action, String storyId, String entityType,
                      String entityId, String details, String prevHash) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        this.seq = seq;
        this.at = at.truncatedTo(ChronoUnit.MILLIS);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.storyId = storyId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details == null ? "{}" : details;
        this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
        this.hash = computeHash();
    }

    /** Whether the stored hash still matches the stored content. */
    public boolean hasIntactHash() {
        return computeHash().equals(hash);
    }

    /** Whether this event directly follows {@code previous} (or is the first event when it is null). */
    public boolean follows(AuditEvent previous) {
        if (previous == null) {
            return seq == 1 && GENESIS_HASH.equals(prevHash);
        }
        return seq == previous.seq + 1 && previous.hash.equals(prevHash);
    }

    /**
     * SHA-256 over a length-prefixed serialisation of every field, so that no two different events can
     * serialise alike (a field containing the separator cannot shift content into the next field).
     */
    private String computeHash() {
        StringBuilder canonical = new StringBuilder("newsdesk-audit-v1\n");
        for (String field : new String[] {Long.toString(seq), at.toString(), actor, action, storyId, entityType,
                entityId, details, prevHash}) {
            String value = field == null ? "" : field;
            canonical.append(field == null ? -1 : value.length()).append(':').append(value).append('\n');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public long getSeq() {
        return seq;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getStoryId() {
        return storyId;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
