package org.newsdesk.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.workflow.boundary.WorkflowService;

/**
 * A story's workflow (API.md, "Workflow"): {@code GET} shows where it stands and what the caller may do;
 * {@code POST …/workflow/{action}} takes an action (409 wrong state, 403 wrong role, 422 a guard with its reason).
 */
@Path("stories/{id}/workflow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class WorkflowResource {

    /** The body of an action: a comment, required for return, spike and reopen. */
    public record ActionRequestJson(String comment) {
    }

    @EJB
    WorkflowService workflow;

    @GET
    public WorkflowJson get(@PathParam("id") String id) {
        return WorkflowJson.of(workflow.overview(id));
    }

    @POST
    @Path("{action}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public WorkflowJson perform(@PathParam("id") String id, @PathParam("action") String action,
                                ActionRequestJson request) {
        return WorkflowJson.of(workflow.perform(id, action, request == null ? null : request.comment()));
    }
}
