package org.newsdesk.story.boundary;

/** The filters of the story list; each is optional. {@code text} searches headline and body. */
public record StoryQuery(String state, String desk, String language, String text) {

    public static StoryQuery all() {
        return new StoryQuery(null, null, null, null);
    }
}
