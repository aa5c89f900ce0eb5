package org.newsdesk.story.boundary;

import org.newsdesk.workflow.entity.StoryState;

import java.io.Serializable;
import java.time.Instant;

/** One line of the story list. */
public record StorySummary(String id, String headline, boolean headlineProvisional, String desk, String language,
                           StoryState state, int revision, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy) implements Serializable {
}
