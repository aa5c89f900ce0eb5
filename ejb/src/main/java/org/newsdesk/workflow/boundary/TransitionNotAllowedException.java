package org.newsdesk.workflow.boundary;

import org.newsdesk.shared.boundary.WrongStateException;
import org.newsdesk.workflow.entity.WorkflowAction;

/** The story is not in a state this workflow action starts from. */
public class TransitionNotAllowedException extends WrongStateException implements WorkflowRefusal {

    private final transient WorkflowAction.Decision decision;

    public TransitionNotAllowedException(WorkflowAction.Decision decision) {
        super(decision.reason());
        this.decision = decision;
    }

    @Override
    public WorkflowAction.Decision decision() {
        return decision;
    }
}
