package org.newsdesk.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.shared.rest.Problems;
import org.newsdesk.workflow.boundary.AssignmentView;
import org.newsdesk.workflow.boundary.Assignments;

import java.time.Instant;
import java.util.List;

/** Who works on a story next (API.md: {@code PUT /api/stories/{id}/assignees}); the whole set is replaced. */
@Path("stories/{id}/assignees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class AssigneesResource {

    /** One assignment: role FACT_CHECKER, EDITOR, CHIEF_EDITOR or REPORTER; priority low, normal, high, urgent. */
    public record AssigneeJson(String role, String user, Instant deadline, String priority) {
    }

    @EJB
    Assignments assignments;

    @GET
    public List<AssignmentView> get(@PathParam("id") String id) {
        return assignments.of(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
    public List<AssignmentView> put(@PathParam("id") String id, List<AssigneeJson> body) {
        if (body == null) {
            throw new BadRequestException(Problems.response(400, "Bad Request",
                    "A JSON array of assignees is required ([] removes all)"));
        }
        return assignments.assign(id, body.stream().map(a -> a == null ? null
                : new Assignments.Input(a.role(), a.user(), a.deadline(), a.priority())).toList());
    }
}
