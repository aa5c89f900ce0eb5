package org.newsdesk.workflow.boundary;

import org.newsdesk.workflow.entity.StoryState;

/**
 * Fired synchronously inside the transaction that moved a story, so that notifications are written with the move
 * (and rolled back with it). {@code approver} is who held the approval that a save voided.
 */
public record WorkflowMoved(String storyId, String headline, String action, StoryState from, StoryState to,
                            String actor, String comment, int revision, String approver) {
}
