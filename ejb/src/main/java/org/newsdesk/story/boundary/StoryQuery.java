package org.newsdesk.story.boundary;

import org.newsdesk.workflow.entity.StoryState;

/**
 * The filters of the story list; each is optional. {@code text} searches headline and body; {@code assignee} keeps
 * the stories assigned to that user.
 */
public record StoryQuery(StoryState state, String desk, String language, String text, String assignee) {

    public static StoryQuery all() {
        return new StoryQuery(null, null, null, null, null);
    }
}
