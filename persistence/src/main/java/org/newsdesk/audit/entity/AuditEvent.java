package org.newsdesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit ledger: who did what to which thing, when. Events are written in the same transaction
 * as the change they record and never change afterwards.
 * <p>
 * Each event carries the hash of its predecessor ({@code prevHash}) and its own {@code hash}, an HMAC over its
 * content and {@code prevHash} keyed with the {@link LedgerKey} (see {@link ChainLink}). Altering, removing,
 * reordering or inserting a stored event therefore breaks the chain at that point, and without the key nobody
 * can recompute a chain that verifies.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The {@code prevHash} of the very first event. */
    public static final String GENESIS_HASH = ChainLink.GENESIS_HASH;

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

    @Column(nullable = false)
    private short chain;

    protected AuditEvent() {
        // for JPA
    }

    /**
     * Creates the event that follows {@code previous} (null for the first event) in the chain. Its time is never
     * earlier than the predecessor's, so that time ranges of the ledger are ranges of its sequence numbers.
     */
    public AuditEvent(AuditEvent previous, Instant now, String actor, AuditAction action, String storyId,
                      String entityType, String entityId, String details, LedgerKey key) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        this.seq = previous == null ? 1 : previous.seq + 1;
        this.at = previous != null && previous.at.isAfter(at) ? previous.at : at;
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action").name();
        this.storyId = storyId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details == null ? "{}" : details;
        this.prevHash = previous == null ? GENESIS_HASH : previous.hash;
        this.chain = ChainLink.KEYED;
        this.hash = link().expectedHash(key.hasher());
    }

    /** The event as the chain sees it. */
    public ChainLink link() {
        return new ChainLink(seq, at, actor, action, storyId, entityType, entityId, details, prevHash, hash, chain);
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
