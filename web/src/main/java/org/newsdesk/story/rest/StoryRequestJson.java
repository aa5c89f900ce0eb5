package org.newsdesk.story.rest;

import org.newsdesk.story.boundary.StoryInput;

import java.time.Instant;
import java.util.List;

/** The body of a create or save: the story's fields, the body as bodyText or bodyHtml, and a change note. */
public record StoryRequestJson(String headline, Boolean headlineProvisional, String kicker, String teaser,
                               String byline, String desk, String language, List<String> tags, String caption,
                               String credit, String sourceNote, Instant embargo, String bodyText, String bodyHtml,
                               String note) {

    StoryInput input() {
        return new StoryInput(headline, headlineProvisional, kicker, teaser, byline, desk, language, tags, caption,
                credit, sourceNote, embargo, bodyText, bodyHtml);
    }
}
