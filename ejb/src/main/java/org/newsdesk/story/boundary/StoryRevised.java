package org.newsdesk.story.boundary;

import org.newsdesk.story.control.WordDiff;

import java.util.List;

/**
 * Fired synchronously, inside the saving transaction, when a story gets a new revision: whoever keeps positions in
 * the text (claims) moves them along before anything commits. {@code ops} is the save's word diff from
 * {@code oldText} to {@code newText}, computed once. The observers answer in {@code newlyNeedingRecheck}: the
 * wordings of the rated claims that this revision put in need of a re-check (for the save's audit event).
 */
public record StoryRevised(String storyId, int revision, String oldText, String newText, List<WordDiff.Op> ops,
                           List<String> newlyNeedingRecheck) {

    public StoryRevised(String storyId, int revision, String oldText, String newText, List<WordDiff.Op> ops) {
        this(storyId, revision, oldText, newText, ops, new java.util.ArrayList<>());
    }
}
