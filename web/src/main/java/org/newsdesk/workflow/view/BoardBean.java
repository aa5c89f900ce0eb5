package org.newsdesk.workflow.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.newsdesk.account.entity.Role;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.workflow.boundary.Desk;
import org.newsdesk.workflow.boundary.DeskItem;
import org.newsdesk.workflow.boundary.WorkflowOverview;
import org.newsdesk.workflow.boundary.WorkflowService;
import org.newsdesk.workflow.entity.Guard;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The board: a column per state, a card per story. A card moves only by a workflow action: dropped on another column
 * (or chosen from the card's menu, by keyboard), the action that leads there is asked of the workflow definition;
 * a refused move says why and the card stays where it was.
 */
@Named
@ViewScoped
public class BoardBean implements Serializable {

    @EJB
    transient Desk desk;

    @EJB
    transient WorkflowService workflow;

    @Inject
    transient SecurityContext security;

    private Map<StoryState, List<DeskItem>> columns;
    private Map<StoryState, Long> counts;
    private String pendingStory;
    private String pendingHeadline;
    private WorkflowAction pending;
    private String comment;

    public void load() {
        columns = desk.board();
        counts = desk.counts();
    }

    public List<StoryState> getStates() {
        return Arrays.asList(StoryState.values());
    }

    public List<DeskItem> cards(StoryState state) {
        if (columns == null) {
            load();
        }
        return columns.get(state);
    }

    public long count(StoryState state) {
        if (counts == null) {
            load();
        }
        return counts.get(state);
    }

    /** The actions of the definition that start from the card's state and that my roles may take. */
    public List<WorkflowAction> moves(DeskItem item) {
        Set<Role> roles = roles();
        return Arrays.stream(WorkflowAction.values())
                .filter(a -> a.from().contains(item.state()))
                .filter(a -> a.allows(roles, a.who().authors() && writer(roles)))
                .toList();
    }

    public String actionLabel(WorkflowAction action) {
        return WorkflowTexts.action(action);
    }

    public String verdictsOf(DeskItem item) {
        return DeskBean.verdicts(item.verdicts());
    }

    public String assigneesOf(DeskItem item) {
        return DeskBean.assignees(item);
    }

    /** A card was dropped on a column (parameters {@code story}, {@code to}): find the action that leads there. */
    public void drop() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String storyId = params.get("story");
        StoryState to;
        try {
            to = StoryState.valueOf(params.getOrDefault("to", ""));
        } catch (IllegalArgumentException e) {
            return;
        }
        WorkflowOverview overview = workflow.overview(storyId);
        Optional<WorkflowAction> action = Arrays.stream(WorkflowAction.values())
                .filter(a -> a.from().contains(overview.state()))
                .filter(a -> a.to() == to || a == WorkflowAction.PUBLISH && to == StoryState.SCHEDULED)
                .findFirst();
        if (action.isEmpty()) {
            if (to != overview.state()) {
                refuse(Messages.text("board.noAction", WorkflowTexts.state(overview.state()), WorkflowTexts.state(to)));
            } else {
                FacesContext.getCurrentInstance().validationFailed();
            }
            return;
        }
        request(storyId, action.get().label());
    }

    /** Asks to take an action on a story: refused at once when the definition refuses it, else the dialog opens. */
    public void request(String storyId, String actionName) {
        WorkflowOverview overview = workflow.overview(storyId);
        WorkflowOverview.Option option = overview.actions().stream().filter(o -> o.name().equals(actionName))
                .findFirst().orElse(null);
        if (option == null) {
            return;
        }
        if (!option.allowed()) {
            refuse(WorkflowTexts.reason(option.decision()));
            return;
        }
        pendingStory = storyId;
        pending = option.action();
        pendingHeadline = cards(overview.state()).stream().filter(c -> c.id().equals(storyId)).map(DeskItem::headline)
                .findFirst().orElse("");
        comment = null;
    }

    public void perform() {
        if (pending == null) {
            return;
        }
        WorkflowOverview after = workflow.perform(pendingStory, pending.label(), comment);
        Messages.info("workflow.done", WorkflowTexts.action(pending), WorkflowTexts.state(after.state()));
        pending = null;
        load();
    }

    private void refuse(String reason) {
        Messages.add(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, null, reason, null);
        FacesContext.getCurrentInstance().validationFailed();
        load();
    }

    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Only writers can be authors: the menu offers "submit" to them (the definition checks authorship). */
    private static boolean writer(Set<Role> roles) {
        return roles.contains(Role.REPORTER) || roles.contains(Role.EDITOR) || roles.contains(Role.CHIEF_EDITOR);
    }

    public String getPendingLabel() {
        return pending == null ? "" : WorkflowTexts.action(pending);
    }

    public String getPendingHeadline() {
        return pendingHeadline;
    }

    public boolean isCommentRequired() {
        return pending != null && pending.guards().contains(Guard.COMMENT);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
