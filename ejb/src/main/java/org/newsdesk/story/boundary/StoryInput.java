package org.newsdesk.story.boundary;

import org.newsdesk.shared.control.Canonical;

import java.time.Instant;
import java.util.List;

/**
 * A story as a client sends it for create or save. The body comes as either {@code bodyText} (canonical plain
 * text) or {@code bodyHtml} (restricted HTML), not both. {@code headlineProvisional} null means: keep the flag,
 * unless the headline changes (a changed headline is confirmed).
 */
public record StoryInput(String headline, Boolean headlineProvisional, String kicker, String teaser, String byline,
                         String desk, String language, List<String> tags, String caption, String credit,
                         String sourceNote, Instant embargo, String bodyText, String bodyHtml) {

    /** Every text in its canonical form (NFC, no invisible characters), however it was typed or pasted. */
    public StoryInput {
        headline = Canonical.text(headline);
        kicker = Canonical.text(kicker);
        teaser = Canonical.text(teaser);
        byline = Canonical.text(byline);
        desk = Canonical.text(desk);
        language = Canonical.text(language);
        tags = Canonical.texts(tags);
        caption = Canonical.text(caption);
        credit = Canonical.text(credit);
        sourceNote = Canonical.text(sourceNote);
        bodyText = Canonical.text(bodyText);
        bodyHtml = Canonical.text(bodyHtml);
    }
}
