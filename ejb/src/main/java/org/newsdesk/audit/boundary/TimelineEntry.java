package org.newsdesk.audit.boundary;

import org.newsdesk.audit.control.TimelineKind;

import java.time.Instant;

/**
 * One moment in a story's history: what happened ({@code action}, of a {@code kind}), who did it, when, and the
 * details the audit event recorded (a JSON object's text). {@code revision} is the story revision it concerns,
 * where there is one; {@code claimId} the claim, for claim entries.
 */
public record TimelineEntry(long seq, Instant at, String actor, TimelineKind kind, String action, Integer revision,
                            String claimId, String details) {
}
