package org.newsdesk.workflow.boundary;

import org.newsdesk.shared.boundary.NewsdeskException;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.util.List;

/** A guard of the workflow action does not hold; the reason names what blocks it (e.g. the unrated claims). */
public class GuardFailedException extends NewsdeskException implements WorkflowRefusal {

    private final transient WorkflowAction.Decision decision;

    public GuardFailedException(WorkflowAction.Decision decision) {
        super(decision.reason());
        this.decision = decision;
    }

    @Override
    public WorkflowAction.Decision decision() {
        return decision;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Action refused";
    }

    @Override
    public List<FieldError> errors() {
        return decision.guard() == org.newsdesk.workflow.entity.Guard.COMMENT
                ? List.of(new FieldError("comment", "is required for " + decision.action().label()))
                : List.of();
    }
}
