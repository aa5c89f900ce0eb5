package org.newsdesk.story.boundary;

/**
 * Fired synchronously, inside the saving transaction, when a story gets a new revision: whoever keeps positions in
 * the text (claims) moves them along before anything commits.
 */
public record StoryRevised(String storyId, int revision, String oldText, String newText) {
}
