package org.newsdesk.workflow.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.newsdesk.factcheck.view.TextMarkup;
import org.newsdesk.shared.view.Messages;
import org.newsdesk.workflow.boundary.Desk;
import org.newsdesk.workflow.boundary.DeskItem;
import org.newsdesk.workflow.boundary.DeskView;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** My desk, the home page: my queues, overdue first, refreshed live when any story moves. */
@Named
@ViewScoped
public class DeskBean implements Serializable {

    @EJB
    transient Desk desk;

    private DeskView view;

    public void load() {
        view = desk.mine();
    }

    public DeskView getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    /** "publishes in 2 h 5 min", or "publishes now" once the embargo passed. */
    public String timeLeft(DeskItem item) {
        if (item.embargo() == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), item.embargo());
        if (left.isNegative() || left.isZero()) {
            return Messages.text("desk.dueNow");
        }
        long hours = left.toHours();
        long minutes = left.toMinutesPart();
        String text = hours > 47 ? left.toDays() + " d" : hours > 0 ? hours + " h " + minutes + " min"
                : Math.max(1, left.toMinutes()) + " min";
        return Messages.text("desk.timeLeft", text);
    }

    /** Claims by verdict in words and symbols, e.g. "✔ verified: 3 · ✘ false: 1". */
    public static String verdicts(Map<String, Integer> verdicts) {
        List<String> parts = new ArrayList<>();
        verdicts.forEach((verdict, count) -> parts.add(TextMarkup.label(verdict, Messages::text) + ": " + count));
        return String.join(" · ", parts);
    }

    /** "Fact-checker: checker, Chief editor: chief". */
    public static String assignees(DeskItem item) {
        List<String> parts = new ArrayList<>();
        for (String assignee : item.assignees()) {
            int colon = assignee.indexOf(':');
            parts.add(Messages.text("role." + assignee.substring(0, colon)) + ": " + assignee.substring(colon + 1));
        }
        return String.join(", ", parts);
    }

    public String assigneesOf(DeskItem item) {
        return assignees(item);
    }

    public String verdictsOf(DeskItem item) {
        return verdicts(item.verdicts());
    }
}
