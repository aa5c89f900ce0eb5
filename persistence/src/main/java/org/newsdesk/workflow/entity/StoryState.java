package org.newsdesk.workflow.entity;

import org.newsdesk.account.entity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a story stands on its way from the reporter's draft to the reader. The transitions between the states are
 * the actions of {@link WorkflowAction}; nothing else changes a story's state.
 */
public enum StoryState {
    /** Being written by its reporters; nobody else waits for it. */
    DRAFT,
    /** Submitted: the fact-checkers mark and rate its claims. */
    FACT_CHECK,
    /** Checked: an editor reviews it and a chief editor approves it. */
    EDITOR_REVIEW,
    /** Approved by a chief editor, exactly in its current revision; ready to publish. */
    APPROVED,
    /** Approved and released, but held back until its embargo passes; the server publishes it then. */
    SCHEDULED,
    /** Out in the world: a change needs an editor to reopen it first (a correction). */
    PUBLISHED,
    /** Killed: kept with its history, but no longer worked on until an editor reopens it. */
    SPIKED;

    /** Spiked and published stories are not edited in place: they are reopened first. */
    public boolean editable() {
        return this != SPIKED && this != PUBLISHED;
    }

    /**
     * Whose queue a story in this state waits in: the roles whose assignments (and deadlines) count now. A story
     * nobody is assigned to in these roles waits in the queue of everybody who holds one of them.
     */
    public Set<Role> waitsFor() {
        return switch (this) {
            case DRAFT -> EnumSet.of(Role.REPORTER);
            case FACT_CHECK -> EnumSet.of(Role.FACT_CHECKER);
            case EDITOR_REVIEW, APPROVED -> EnumSet.of(Role.EDITOR, Role.CHIEF_EDITOR);
            case SCHEDULED, PUBLISHED, SPIKED -> EnumSet.noneOf(Role.class);
        };
    }

    /** A save in this state changes approved text: the approval no longer holds. */
    public boolean voidsApprovalOnSave() {
        return this == APPROVED || this == SCHEDULED;
    }
}
