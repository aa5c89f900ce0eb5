package org.newsdesk.workflow.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.workflow.boundary.WorkflowOverview;
import org.newsdesk.workflow.boundary.WorkflowService;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The workflow part of the editor: the story's state, the actions that start from it (the refused ones disabled with
 * the reason), the comment dialog, the approval and the history. After an action the page reloads, so the editor
 * shows what the new state allows.
 */
@Named
@ViewScoped
public class WorkflowBean implements Serializable {

    @EJB
    transient WorkflowService workflow;

    @jakarta.inject.Inject
    org.newsdesk.shared.view.Dates dates;

    private String storyId;
    private WorkflowOverview overview;
    private WorkflowAction pending;
    private String comment;

    /** Called by the page once the story is known (not for a new story). */
    public void open(String id) {
        if (id != null && !id.isBlank() && !FacesContext.getCurrentInstance().isPostback()) {
            storyId = id;
            refresh();
        }
    }

    /** Someone else moved the story (a live update), or I did. */
    public void refresh() {
        if (storyId != null) {
            overview = workflow.overview(storyId);
        }
    }

    /** The actions that start from the story's current state, for buttons (refused ones say why). */
    public List<WorkflowOverview.Option> getOptions() {
        return overview == null ? List.of() : overview.actions().stream()
                .filter(o -> o.action().from().contains(overview.state())).toList();
    }

    public String reason(WorkflowOverview.Option option) {
        return WorkflowTexts.reason(option.decision());
    }

    public String actionLabel(WorkflowOverview.Option option) {
        return WorkflowTexts.action(option.action());
    }

    /** Opens the dialog for an action: a comment, required where the action needs one. */
    public void prepare(String action) {
        pending = WorkflowAction.of(action).orElse(null);
        comment = null;
    }

    public void perform() throws IOException {
        if (pending == null || storyId == null) {
            return;
        }
        WorkflowOverview after = workflow.perform(storyId, pending.label(), comment);
        Messages.info("workflow.done", WorkflowTexts.action(pending), WorkflowTexts.state(after.state()));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/stories/edit.xhtml?id=" + storyId);
    }

    /** "Approved by chief on 29.11.2026, 14:05 — revision 3 (the current one)", or that it is not approved. */
    public String getApprovalText() {
        WorkflowOverview.Approval approval = overview == null ? null : overview.approval();
        if (approval == null) {
            return Messages.text("workflow.notApproved");
        }
        return Messages.text("workflow.approvedBy", approval.by(), dates.format(approval.at()), approval.revision())
                + " " + Messages.text(approval.current() ? "workflow.approvalCurrent" : "workflow.approvalStale");
    }

    public WorkflowOverview getOverview() {
        return overview;
    }

    public WorkflowAction getPending() {
        return pending;
    }

    public String getPendingLabel() {
        return pending == null ? "" : WorkflowTexts.action(pending);
    }

    public boolean isCommentRequired() {
        return pending != null && pending.guards().contains(org.newsdesk.workflow.entity.Guard.COMMENT);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
