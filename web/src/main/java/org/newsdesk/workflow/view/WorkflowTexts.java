package org.newsdesk.workflow.view;

import org.newsdesk.account.entity.Role;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.workflow.boundary.NotificationView;
import org.newsdesk.workflow.entity.Guard;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.util.ArrayList;
import java.util.List;

/**
 * The workflow in the user's language: why an action is refused (from the definition's judgement, never from the
 * English API text), and what a notification says.
 */
public final class WorkflowTexts {

    private WorkflowTexts() {
    }

    /** Why the action cannot be taken, e.g. "Only chief editors may approve." / "Nur Chefredakteure …". */
    public static String reason(WorkflowAction.Decision decision) {
        return switch (decision.verdict()) {
            case ALLOWED -> "";
            case FORBIDDEN -> Messages.text("workflow.forbidden", who(decision.action()),
                    action(decision.action()));
            case WRONG_STATE -> Messages.text("workflow.wrongState", action(decision.action()),
                    states(decision.action()));
            case GUARD_FAILED -> Messages.text(decision.guard().messageKey(), Guard.quoted(decision.blockers()));
        };
    }

    public static String action(WorkflowAction action) {
        return Messages.text("action." + action.label());
    }

    public static String state(StoryState state) {
        return Messages.text("state." + state.name());
    }

    private static String who(WorkflowAction action) {
        List<String> names = new ArrayList<>();
        if (action.who().authors()) {
            names.add(Messages.text("workflow.authors"));
        }
        for (Role role : Role.values()) {
            if (action.who().roles().contains(role)) {
                names.add(Messages.text("role." + role.name()));
            }
        }
        return String.join(", ", names);
    }

    private static String states(WorkflowAction action) {
        List<String> names = new ArrayList<>();
        for (StoryState state : StoryState.values()) {
            if (action.from().contains(state)) {
                names.add(state(state));
            }
        }
        return String.join(", ", names);
    }

    /** A notification in the user's language: "{actor} returned „{headline}“: {detail}". */
    public static String notification(NotificationView n) {
        String detail = n.detail() == null ? "" : n.detail();
        return Messages.text("notification." + n.kind().label(), n.actor(), n.headline(), detail).strip();
    }
}
