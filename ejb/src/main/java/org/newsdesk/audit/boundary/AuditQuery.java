package org.newsdesk.audit.boundary;

import java.time.Instant;

/** The filter of an audit search; every part is optional. {@code to} is exclusive. */
public record AuditQuery(String storyId, String actor, String action, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
