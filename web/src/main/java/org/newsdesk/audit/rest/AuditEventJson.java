package org.newsdesk.audit.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.newsdesk.audit.entity.AuditEvent;

import java.io.StringReader;
import java.time.Instant;

/** One audit event as the API shows it; {@code details} is a JSON object. */
public record AuditEventJson(long seq, Instant at, String actor, String action, String storyId, String entityType,
                             String entityId, JsonObject details, String hash, String prevHash) {

    static AuditEventJson of(AuditEvent event) {
        JsonObject details;
        try (var reader = Json.createReader(new StringReader(event.getDetails()))) {
            details = reader.readObject();
        }
        return new AuditEventJson(event.getSeq(), event.getAt(), event.getActor(), event.getAction(),
                event.getStoryId(), event.getEntityType(), event.getEntityId(), details, event.getHash(),
                event.getPrevHash());
    }
}
