package org.newsdesk.workflow.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why somebody is told about a story. */
public enum NotificationKind {
    /** The story was assigned to you. */
    ASSIGNED,
    /** Submitted: it waits in your fact-check queue. */
    SUBMITTED,
    /** Checked: it waits for your review or approval. */
    CHECKED,
    /** Returned to you, with the comment why. */
    RETURNED,
    /** Your story was approved. */
    APPROVED,
    /** A save changed the story you approved: your approval no longer holds. */
    APPROVAL_VOIDED,
    /** A claim you rated changed its wording and needs a re-check. */
    NEEDS_RECHECK,
    /** Your story (or one you approved) is published. */
    PUBLISHED;

    /** The name in the API: assigned, returned, approval-voided, needs-recheck, published, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<NotificationKind> of(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }

    /** Stored as its label (the check constraint of the notification table). */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Column implements jakarta.persistence.AttributeConverter<NotificationKind, String> {
        @Override
        public String convertToDatabaseColumn(NotificationKind kind) {
            return kind == null ? null : kind.label();
        }

        @Override
        public NotificationKind convertToEntityAttribute(String label) {
            return label == null ? null : of(label).orElseThrow(() -> new IllegalStateException("kind " + label));
        }
    }
}
