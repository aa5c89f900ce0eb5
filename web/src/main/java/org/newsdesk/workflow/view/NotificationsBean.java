package org.newsdesk.workflow.view;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.workflow.boundary.NotificationView;
import org.newsdesk.workflow.boundary.Notifications;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The notification centre: my notifications newest first (lazy), read or unread, each with its story. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    @EJB
    transient Notifications notifications;

    private boolean onlyUnread;

    private final LazyDataModel<NotificationView> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.mine(onlyUnread, 0, 1).total();
        }

        @Override
        public List<NotificationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), Page.MAX_SIZE);
            Page<NotificationView> page = notifications.mine(onlyUnread, first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(NotificationView notification) {
            return notification.id();
        }
    };

    public String text(NotificationView notification) {
        return WorkflowTexts.notification(notification);
    }

    public void markRead(String id) {
        notifications.markRead(id);
    }

    /** Opens the story and marks the notification read. */
    public void open(String id, String storyId) throws IOException {
        notifications.markRead(id);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/stories/edit.xhtml?id=" + storyId);
    }

    public LazyDataModel<NotificationView> getModel() {
        return model;
    }

    public boolean isOnlyUnread() {
        return onlyUnread;
    }

    public void setOnlyUnread(boolean onlyUnread) {
        this.onlyUnread = onlyUnread;
    }
}
