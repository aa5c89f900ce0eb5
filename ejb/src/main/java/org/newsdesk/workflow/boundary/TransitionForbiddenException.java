package org.newsdesk.workflow.boundary;

import org.newsdesk.shared.boundary.ForbiddenException;
import org.newsdesk.workflow.entity.WorkflowAction;

/** The caller may not take this workflow action (wrong role, or not an author where an author is needed). */
public class TransitionForbiddenException extends ForbiddenException implements WorkflowRefusal {

    private final transient WorkflowAction.Decision decision;

    public TransitionForbiddenException(WorkflowAction.Decision decision) {
        super(decision.reason());
        this.decision = decision;
    }

    @Override
    public WorkflowAction.Decision decision() {
        return decision;
    }
}
