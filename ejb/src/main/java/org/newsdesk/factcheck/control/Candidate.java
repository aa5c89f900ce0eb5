package org.newsdesk.factcheck.control;

import java.util.List;
import java.util.Objects;

/**
 * A check-worthy passage: one sentence (or a subhead line), with why it is worth checking.
 *
 * @param start   offset of the first character in the canonical text (UTF-16 index)
 * @param end     offset after the last character (exclusive)
 * @param text    exactly {@code canonical.substring(start, end)}
 * @param reasons why a fact-checker should look at it, sorted and without duplicates
 */
public record Candidate(int start, int end, String text, List<String> reasons) {

    /** Validates the span and freezes the reasons so a candidate can be shared safely. */
    public Candidate {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("span " + start + "-" + end + " does not fit text of length " + text.length());
        }
        reasons = List.copyOf(reasons);
    }
}
