package org.newsdesk.audit.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.newsdesk.shared.json.Json;
import jakarta.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.account.entity.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.newsdesk.audit.boundary.StoryTimeline;
import org.newsdesk.audit.boundary.TimelineEntry;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A story's history merged into one list, oldest first: {@code GET /api/stories/{id}/timeline}. */
@Path("stories/{id}/timeline")
@RequestScoped
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @EJB
    StoryTimeline timeline;

    public record EntryJson(long seq, Instant at, String actor, String kind, String action, Integer revision,
                            String claimId, JsonObject details) {

        static EntryJson of(TimelineEntry entry) {
            JsonObject details;
            try (var reader = Json.createReader(new StringReader(entry.details()))) {
                details = reader.readObject();
            }
            return new EntryJson(entry.seq(), entry.at(), entry.actor(),
                    entry.kind().name().toLowerCase(Locale.ROOT), entry.action(), entry.revision(), entry.claimId(),
                    details);
        }
    }

    public record TimelineJson(String storyId, List<EntryJson> items, boolean earlier) {
    }

    @GET
    public TimelineJson get(@PathParam("id") String id) {
        StoryTimeline.Timeline found = timeline.of(id);
        return new TimelineJson(found.storyId(), found.items().stream().map(EntryJson::of).toList(),
                found.earlier());
    }
}
