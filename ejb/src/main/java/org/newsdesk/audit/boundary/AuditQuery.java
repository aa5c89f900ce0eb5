package org.newsdesk.audit.boundary;

import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;

import java.time.Instant;

/**
 * The filter of an audit search; every part is optional. {@code to} is exclusive; {@code text} finds events
 * whose details contain all its words.
 */
public record AuditQuery(String storyId, String actor, AuditAction action, Instant from, Instant to, String text) {

    public static final int MAX_TEXT = 200;

    public AuditQuery {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("q", "must have at most " + MAX_TEXT + " characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be later than 'from'");
        }
        if (storyId != null && storyId.length() > 64) {
            throw new InvalidInputException("story", "must have at most 64 characters");
        }
        if (actor != null && actor.length() > 200) {
            throw new InvalidInputException("actor", "must have at most 200 characters");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    /** Only the events of one story. */
    public static AuditQuery story(String storyId) {
        return new AuditQuery(storyId, null, null, null, null, null);
    }
}
