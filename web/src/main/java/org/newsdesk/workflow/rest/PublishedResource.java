package org.newsdesk.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.rest.Params;
import org.newsdesk.workflow.boundary.Publications;

/** Published stories as IPTC ninjs 3.1 items, newest first, in the paging envelope (API.md, "Workflow"). */
@Path("published")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class PublishedResource {

    @EJB
    Publications publications;

    @Context
    UriInfo uri;

    @GET
    public Page<JsonObject> published(@QueryParam("since") String since, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return publications.published(Params.instant("since", since), Params.page(page), Params.size(size),
                uri.getBaseUri().toString());
    }
}
