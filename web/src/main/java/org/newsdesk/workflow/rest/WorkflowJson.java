package org.newsdesk.workflow.rest;

import org.newsdesk.workflow.boundary.WorkflowOverview;

import java.time.Instant;
import java.util.List;

/** A story's workflow as API.md has it: state, approval, the caller's actions, history. */
public record WorkflowJson(String state, int revision, ApprovalJson approval, List<ActionJson> actions,
                           List<StepJson> history) {

    public record ApprovalJson(String by, Instant at, int revision, String revisionHash, boolean current) {
    }

    /** {@code reason} says why the caller cannot take it now (null when allowed). */
    public record ActionJson(String name, String to, boolean allowed, boolean needsComment, String reason) {
    }

    public record StepJson(String from, String to, String action, String actor, Instant at, String comment,
                           int revision) {
    }

    static WorkflowJson of(WorkflowOverview overview) {
        WorkflowOverview.Approval a = overview.approval();
        return new WorkflowJson(overview.state().name(), overview.revision(),
                a == null ? null : new ApprovalJson(a.by(), a.at(), a.revision(), a.revisionHash(), a.current()),
                overview.actions().stream().map(o -> new ActionJson(o.name(), o.to().name(), o.allowed(),
                        o.needsComment(), o.allowed() ? null : o.reason())).toList(),
                overview.history().stream().map(s -> new StepJson(s.from().name(), s.to().name(), s.action(),
                        s.actor(), s.at(), s.comment(), s.revision())).toList());
    }
}
