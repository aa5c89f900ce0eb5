package org.newsdesk.workflow.boundary;

import org.newsdesk.workflow.entity.WorkflowAction;

/** A refused workflow action: the definition's judgement, from which screens build their reason in their language. */
public interface WorkflowRefusal {

    WorkflowAction.Decision decision();

    /** Throws the failure that matches the judgement; does nothing when it was allowed. */
    static void raise(WorkflowAction.Decision decision) {
        switch (decision.verdict()) {
            case ALLOWED -> { }
            case FORBIDDEN -> throw new TransitionForbiddenException(decision);
            case WRONG_STATE -> throw new TransitionNotAllowedException(decision);
            case GUARD_FAILED -> throw new GuardFailedException(decision);
        }
    }
}
