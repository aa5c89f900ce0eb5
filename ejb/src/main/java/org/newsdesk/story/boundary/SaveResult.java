package org.newsdesk.story.boundary;

/** The story after a save, and whether the save made a new revision (unchanged content makes none). */
public record SaveResult(StoryView story, boolean newRevision) {
}
