package org.newsdesk.story.rest;

import org.newsdesk.story.boundary.StoryView;
import org.newsdesk.story.entity.StoryContent;

import java.time.Instant;
import java.util.List;

/** A story as the API returns it: the fields, the body as both canonical text and HTML, and its revision. */
public record StoryJson(String id, String headline, boolean headlineProvisional, String kicker, String teaser,
                        String byline, String desk, String language, List<String> tags, String caption,
                        String credit, String sourceNote, Instant embargo, String bodyText, String bodyHtml,
                        String state, int revision, String revisionHash, Instant createdAt, String createdBy,
                        Instant updatedAt, String updatedBy) {

    static StoryJson of(StoryView story) {
        StoryContent c = story.content();
        return new StoryJson(story.id(), c.headline(), c.headlineProvisional(), c.kicker(), c.teaser(), c.byline(),
                c.desk(), c.language(), c.tags(), c.caption(), c.credit(), c.sourceNote(), c.embargo(),
                c.canonicalText(), c.bodyHtml(), story.state().name(), story.revision(), story.revisionHash(),
                story.createdAt(), story.createdBy(), story.updatedAt(), story.updatedBy());
    }
}
