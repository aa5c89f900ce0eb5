package org.newsdesk.workflow.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.newsdesk.workflow.boundary.Desk;
import org.newsdesk.workflow.boundary.Notifications;

/**
 * The counts in the header's menu: unread notifications and what waits on my desk. Asked once per request (the page
 * or the live update that re-renders the menu).
 */
@Named
@RequestScoped
public class InboxBean {

    @EJB
    Notifications notifications;

    @EJB
    Desk desk;

    private Long unread;
    private Integer waiting;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    public int getWaiting() {
        if (waiting == null) {
            waiting = (int) desk.waiting();
        }
        return waiting;
    }

    /** "Notifications (3)" — the count in words too, not only a coloured badge; "My desk (100+)" for a backlog. */
    public String label(String text, long count) {
        return count == 0 ? text : text + " (" + (count >= Desk.COUNT_CAP ? Desk.COUNT_CAP + "+" : count) + ")";
    }
}
