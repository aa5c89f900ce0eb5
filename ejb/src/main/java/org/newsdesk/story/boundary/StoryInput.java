package org.newsdesk.story.boundary;

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
}
