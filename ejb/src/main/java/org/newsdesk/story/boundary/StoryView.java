package org.newsdesk.story.boundary;

import org.newsdesk.story.entity.StoryContent;
import org.newsdesk.workflow.entity.StoryState;

import java.time.Instant;

/** A story at one revision, with who made it and when. */
public record StoryView(String id, StoryState state, int revision, String revisionHash, Instant createdAt,
                        String createdBy, Instant updatedAt, String updatedBy, StoryContent content) {

    /** Whether it can be saved in place (not published or spiked; see {@link StoryState#editable()}). */
    public boolean editable() {
        return state.editable();
    }
}
