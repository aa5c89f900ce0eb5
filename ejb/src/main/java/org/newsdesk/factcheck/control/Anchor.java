package org.newsdesk.factcheck.control;

/**
 * Where a claim stands in one revision's canonical text: {@code intact} (the quote is there verbatim),
 * {@code modified} (the passage is still there, worded differently; {@code text} is the current wording) or
 * {@code orphaned} (the passage is gone; no offsets).
 */
public record Anchor(String status, Integer start, Integer end, String text) {

    public static final String INTACT = "intact";
    public static final String MODIFIED = "modified";
    public static final String ORPHANED = "orphaned";

    public static Anchor orphaned() {
        return new Anchor(ORPHANED, null, null, null);
    }
}
