package org.newsdesk.factcheck.entity;

import java.util.Locale;

/** Where a claim stands in a revision of its story's text. */
public enum AnchorStatus {
    /** The quoted text is there verbatim. */
    INTACT,
    /** The passage is still there, but worded differently: what was checked is not what would be published. */
    MODIFIED,
    /** The passage is gone. */
    ORPHANED;

    /** The name in the API and the database: intact, modified, orphaned. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnchorStatus ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Stored as its label (the check constraint of the claim table). */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Column implements jakarta.persistence.AttributeConverter<AnchorStatus, String> {
        @Override
        public String convertToDatabaseColumn(AnchorStatus status) {
            return status == null ? null : status.label();
        }

        @Override
        public AnchorStatus convertToEntityAttribute(String label) {
            return label == null ? null : ofLabel(label);
        }
    }
}
