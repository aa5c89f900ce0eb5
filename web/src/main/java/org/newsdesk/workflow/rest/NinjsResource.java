package org.newsdesk.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.workflow.boundary.Publications;

/** A published story as IPTC ninjs 3.1 (API.md, "Workflow"); 409 while it is not published. */
@Path("stories/{id}/ninjs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class NinjsResource {

    @EJB
    Publications publications;

    @Context
    UriInfo uri;

    @GET
    public Response ninjs(@PathParam("id") String id) {
        return Response.ok(publications.ninjs(id, uri.getBaseUri().toString()).toString(),
                MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
    }
}
