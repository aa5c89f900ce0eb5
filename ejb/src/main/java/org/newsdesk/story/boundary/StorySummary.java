package org.newsdesk.story.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One line of the story list. */
public record StorySummary(String id, String headline, boolean headlineProvisional, String desk, String language,
                           String state, int revision, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy) implements Serializable {
}
