package org.newsdesk.factcheck.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A fact-checker's rating of a claim. */
public enum Verdict {
    UNCHECKED("unchecked"),
    VERIFIED("verified"),
    FALSE("false"),
    MISLEADING("misleading"),
    UNVERIFIABLE("unverifiable"),
    NEEDS_CONTEXT("needs-context");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The name in the API: unchecked, verified, false, misleading, unverifiable, needs-context. */
    public String label() {
        return label;
    }

    /** False and misleading claims need an editor's resolution before the story can be approved. */
    public boolean needsResolution() {
        return this == FALSE || this == MISLEADING;
    }

    public static Optional<Verdict> of(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Verdict::label).toList();
    }

    /** Stored as its label (the check constraints of the claim tables). */
    @jakarta.persistence.Converter(autoApply = true)
    public static class Column implements jakarta.persistence.AttributeConverter<Verdict, String> {
        @Override
        public String convertToDatabaseColumn(Verdict verdict) {
            return verdict == null ? null : verdict.label();
        }

        @Override
        public Verdict convertToEntityAttribute(String label) {
            return label == null ? null : of(label).orElseThrow(() -> new IllegalStateException("verdict " + label));
        }
    }
}
