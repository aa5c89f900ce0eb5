package org.newsdesk.audit.boundary;

import org.newsdesk.audit.entity.ChainLink;

import java.time.Instant;

/** One audit event as the web module sees it; {@code details} is a JSON object's text. */
public record AuditEntry(long seq, Instant at, String actor, String action, String storyId, String entityType,
                         String entityId, String details, String hash, String prevHash) {

    static AuditEntry of(ChainLink link) {
        return new AuditEntry(link.seq(), link.at(), link.actor(), link.action(), link.storyId(), link.entityType(),
                link.entityId(), link.details(), link.hash(), link.prevHash());
    }
}
