package org.newsdesk.story.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a piece of agency or radio copy becomes. {@code blocks} is the body in order; caption, source note and
 * metadata are not part of it.
 *
 * @param headlineProvisional the text had no headline: {@code headline} is a proposal an editor must confirm
 * @param metadataDate        the copy's {@code date YYYY-MM} marker
 */
public record ImportedStory(String headline, boolean headlineProvisional, String caption, String credit,
                            List<Block> blocks, String sourceNote, LocalDate broadcastDate, String programme,
                            YearMonth metadataDate) {

    /** A body block: kind {@code p} or {@code h2}, plain whitespace-normalised text. */
    public record Block(String kind, String text) {
    }
}
