package org.newsdesk.story.boundary;

import org.newsdesk.story.control.WordDiff;

import java.util.List;

/**
 * Fired synchronously, inside the saving transaction, when a story gets a new revision: whoever keeps positions in
 * the text (claims) moves them along before anything commits. {@code ops} is the save's word diff from
 * {@code oldText} to {@code newText}, computed once.
 */
public record StoryRevised(String storyId, int revision, String oldText, String newText, List<WordDiff.Op> ops) {
}
