package org.newsdesk.audit.rest;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonObject;
import org.newsdesk.audit.boundary.AuditEntry;

import java.io.StringReader;
import java.time.Instant;

/** One audit event as the API shows it; {@code details} is a JSON object. */
public record AuditEventJson(long seq, Instant at, String actor, String action, String storyId, String entityType,
                             String entityId, JsonObject details, String hash, String prevHash) {

    static AuditEventJson of(AuditEntry event) {
        JsonObject details;
        try (var reader = Json.createReader(new StringReader(event.details()))) {
            details = reader.readObject();
        }
        return new AuditEventJson(event.seq(), event.at(), event.actor(), event.action(), event.storyId(),
                event.entityType(), event.entityId(), details, event.hash(), event.prevHash());
    }
}
