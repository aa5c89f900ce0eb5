package org.newsdesk.story.control;

import org.newsdesk.story.entity.StoryContent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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

    /** The draft this copy becomes, with the body sanitised like any other. */
    public StoryContent toContent(String desk, String language) {
        List<org.newsdesk.story.entity.Block> body = new ArrayList<>();
        for (Block block : blocks) {
            body.addAll(BodyParser.fromHtml("<" + block.kind() + ">" + BodyParser.escape(block.text()) + "</"
                    + block.kind() + ">"));
        }
        String title = headline == null || headline.isBlank() ? "Ohne Titel"
                : headline.length() > StoryRules.HEADLINE_MAX ? headline.substring(0, StoryRules.HEADLINE_MAX) : headline;
        return new StoryContent(title, headlineProvisional, null, null, null, desk == null || desk.isBlank() ? null
                : desk.strip(), language == null || language.isBlank() ? "de" : language, List.of(), caption, credit,
                sourceNote, null, body);
    }

    /** A body block: kind {@code p} or {@code h2}, plain whitespace-normalised text. */
    public record Block(String kind, String text) {
    }
}
