package org.newsdesk.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.rest.Params;
import org.newsdesk.workflow.boundary.NotificationView;
import org.newsdesk.workflow.boundary.Notifications;

import java.time.Instant;
import java.util.List;

/** The caller's own notifications (API.md, "Notifications"). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class NotificationsResource {

    public record NotificationJson(String id, Instant at, String kind, String storyId, String text, boolean read) {
        static NotificationJson of(NotificationView n) {
            return new NotificationJson(n.id(), n.at(), n.kind().label(), n.storyId(), n.text(), n.read());
        }
    }

    /** The paging envelope plus the number of unread notifications. */
    public record NotificationPageJson(List<NotificationJson> items, long total, int page, int size, long unread) {
    }

    @EJB
    Notifications notifications;

    @GET
    public NotificationPageJson list(@QueryParam("unread") String unread, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        Page<NotificationView> found = notifications.mine("true".equals(Params.text(unread)), Params.page(page),
                Params.size(size));
        return new NotificationPageJson(found.items().stream().map(NotificationJson::of).toList(), found.total(),
                found.page(), found.size(), notifications.unread());
    }

    @POST
    @Path("{id}/read")
    public NotificationJson read(@PathParam("id") String id) {
        return NotificationJson.of(notifications.markRead(id));
    }
}
