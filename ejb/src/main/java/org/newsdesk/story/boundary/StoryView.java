package org.newsdesk.story.boundary;

import org.newsdesk.story.entity.StoryContent;

import java.time.Instant;

/** A story at one revision, with who made it and when. */
public record StoryView(String id, String state, int revision, String revisionHash, Instant createdAt,
                        String createdBy, Instant updatedAt, String updatedBy, StoryContent content) {
}
