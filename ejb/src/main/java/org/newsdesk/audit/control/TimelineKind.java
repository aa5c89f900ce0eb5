package org.newsdesk.audit.control;

import org.newsdesk.audit.entity.AuditAction;

/**
 * The kinds of entry on a story's timeline, to filter by. Each audit action belongs to one; a save that made
 * claims need a re-check also gives a {@link #RECHECK} entry.
 */
public enum TimelineKind {
    REVISION, WORKFLOW, APPROVAL, ASSIGNMENT, CLAIM, VERDICT, RECHECK, COMMENT;

    /** The kind of entry an event of this action makes. */
    public static TimelineKind of(String action) {
        return switch (action) {
            case "story.created", "story.saved", "story.restored", "story.imported" -> REVISION;
            case "story.assigned" -> ASSIGNMENT;
            case "workflow.approve", "workflow.approval-voided" -> APPROVAL;
            case "claim.created", "claim.resolved" -> CLAIM;
            case "claim.rated" -> VERDICT;
            case "claim.commented" -> COMMENT;
            default -> action.startsWith("workflow.") ? WORKFLOW : CLAIM;
        };
    }

    public static TimelineKind of(AuditAction action) {
        return of(action.name());
    }

    /** The bundle key of its label. */
    public String labelKey() {
        return "timeline.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
