package org.newsdesk.factcheck.control;

import org.newsdesk.factcheck.entity.AnchorStatus;

/**
 * Where a claim stands in one revision's canonical text: {@code intact} (the quote is there verbatim),
 * {@code modified} (the passage is still there, worded differently; {@code text} is the current wording) or
 * {@code orphaned} (the passage is gone; no offsets).
 */
public record Anchor(AnchorStatus status, Integer start, Integer end, String text) {

    public static Anchor orphaned() {
        return new Anchor(AnchorStatus.ORPHANED, null, null, null);
    }
}
