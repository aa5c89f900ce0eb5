package org.newsdesk.story.boundary;

import org.newsdesk.story.entity.Story;
import org.newsdesk.story.entity.StoryContent;

import java.time.Instant;

/** A story at one revision, with who made it and when. */
public record StoryView(String id, String state, int revision, String revisionHash, Instant createdAt,
                        String createdBy, Instant updatedAt, String updatedBy, StoryContent content) {

    /** Whether it can be saved in place (not published or spiked; see {@link Story#isEditable()}). */
    public boolean editable() {
        return Story.isEditable(state);
    }
}
