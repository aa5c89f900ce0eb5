package org.newsdesk.workflow.boundary;

import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A story's place in the workflow for one caller: its state, the approval it holds, every action with whether this
 * caller may take it now (and why not), and the history of its moves, oldest first.
 */
public record WorkflowOverview(String storyId, StoryState state, int revision, Approval approval,
                               List<Option> actions, List<Step> history) implements Serializable {

    public WorkflowOverview {
        actions = List.copyOf(actions);
        history = List.copyOf(history);
    }

    /** A chief editor's approval of one exact revision; {@code current} while that revision is the current one. */
    public record Approval(String by, Instant at, int revision, String revisionHash, boolean current)
            implements Serializable {
    }

    /**
     * An action as the caller sees it. {@code allowed} assumes the comment the action asks for will be given
     * ({@code needsComment}); otherwise {@code decision} says why not (its reason is English).
     */
    public record Option(WorkflowAction action, StoryState to, boolean allowed, boolean needsComment,
                         WorkflowAction.Decision decision) implements Serializable {

        public String name() {
            return action.label();
        }

        public String reason() {
            return decision.reason();
        }
    }

    /** One move in the history; {@code action} is a workflow action or void-approval / publish-scheduled. */
    public record Step(String action, StoryState from, StoryState to, String actor, Instant at, String comment,
                       int revision) implements Serializable {
    }
}
