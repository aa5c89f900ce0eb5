package org.newsdesk.workflow.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgent an assignment is; queues show the urgent first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> of(String label) {
        return Arrays.stream(values()).filter(p -> p.label().equals(label)).findFirst();
    }

    /** Stored as its label (the check constraint of the assignment table). */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Column implements jakarta.persistence.AttributeConverter<Priority, String> {
        @Override
        public String convertToDatabaseColumn(Priority priority) {
            return priority == null ? null : priority.label();
        }

        @Override
        public Priority convertToEntityAttribute(String label) {
            return label == null ? null : of(label).orElseThrow(() -> new IllegalStateException("priority " + label));
        }
    }
}
