package org.newsdesk.story.rest;

import org.newsdesk.account.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.newsdesk.factcheck.boundary.ClaimView;
import org.newsdesk.factcheck.boundary.FactCheckService;
import org.newsdesk.factcheck.boundary.Hint;
import org.newsdesk.factcheck.rest.ClaimsResource;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.boundary.StaleRevisionException;
import org.newsdesk.shared.rest.JsonLd;
import org.newsdesk.shared.rest.Params;
import org.newsdesk.shared.rest.Problems;
import org.newsdesk.story.boundary.RevisionInfo;
import org.newsdesk.story.boundary.SaveResult;
import org.newsdesk.story.boundary.StoryQuery;
import org.newsdesk.story.boundary.StoryService;
import org.newsdesk.story.boundary.StorySummary;
import org.newsdesk.story.boundary.StoryView;
import org.newsdesk.workflow.entity.StoryState;

import java.util.List;

/**
 * Stories and revisions as in API.md. Every response with one story carries {@code ETag: "<revision>"}; a save or
 * restore must send it back as {@code If-Match} (428 without, 412 when somebody saved in between).
 */
@Path("stories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class StoriesResource {

    @EJB
    StoryService stories;

    @EJB
    FactCheckService factCheck;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(StoryRequestJson request) {
        StoryView story = stories.create(require(request).input(), request.note());
        return created(story);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response importCopy(byte[] text, @QueryParam("desk") String desk, @QueryParam("language") String language) {
        return created(stories.importCopy(text == null ? new byte[0] : text, desk, Params.text(language)));
    }

    @GET
    public Page<StorySummary> list(@QueryParam("state") String state, @QueryParam("desk") String desk,
                                   @QueryParam("language") String language, @QueryParam("q") String text,
                                   @QueryParam("assignee") String assignee, @QueryParam("page") String page,
                                   @QueryParam("size") String size, @Context SecurityContext security) {
        String assigned = Params.text(assignee);
        if ("me".equals(assigned)) {
            assigned = security.getUserPrincipal().getName();
        }
        return stories.list(new StoryQuery(Params.constant("state", state, StoryState.class), Params.text(desk),
                Params.text(language), Params.text(text), assigned), Params.page(page), Params.size(size));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withETag(Response.ok(), stories.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         StoryRequestJson request) {
        int base = baseRevision(ifMatch);
        SaveResult result = stories.save(id, base, require(request).input(), request.note());
        return withETag(Response.ok(), result.story());
    }

    @GET
    @Path("{id}/revisions")
    public List<RevisionInfo> revisions(@PathParam("id") String id) {
        return stories.revisions(id);
    }

    @GET
    @Path("{id}/revisions/{n}")
    public StoryJson revision(@PathParam("id") String id, @PathParam("n") String number) {
        return StoryJson.of(stories.getRevision(id, revisionNumber("n", number)));
    }

    @POST
    @Path("{id}/revisions/{n}/restore")
    public Response restore(@PathParam("id") String id, @PathParam("n") String number,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int base = baseRevision(ifMatch);
        SaveResult result = stories.restore(id, revisionNumber("n", number), base);
        return withETag(Response.ok(), result.story());
    }

    @GET
    @Path("{id}/diff")
    public StoryDiffJson diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        if (from == null || to == null) {
            throw new BadRequestException(Problems.response(400, "Bad Request",
                    "Query parameters 'from' and 'to' (revision numbers) are required"));
        }
        return StoryDiffJson.of(stories.diff(id, revisionNumber("from", from), revisionNumber("to", to)));
    }

    /* The claims of a story (factcheck component): under /stories/{id}, so they live in this resource class. */

    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACT_CHECKER, Roles.EDITOR})
    public Response markClaim(@PathParam("id") String id, ClaimsResource.NewClaimJson claim) {
        ClaimsResource.NewClaimJson body = ClaimsResource.require(claim);
        ClaimView marked = factCheck.mark(id, body.quote(), body.prefix(), body.suffix(), body.start(), body.note());
        return Response.created(uri.getBaseUriBuilder().path("claims").path(marked.id()).build()).entity(marked).build();
    }

    @GET
    @Path("{id}/claims")
    public List<ClaimView> claims(@PathParam("id") String id) {
        return factCheck.claims(id);
    }

    @GET
    @Path("{id}/claim-candidates")
    public List<Hint> claimCandidates(@PathParam("id") String id) {
        return factCheck.candidates(id);
    }

    @GET
    @Path("{id}/annotations")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    public Response annotations(@PathParam("id") String id) {
        return Response.ok(JsonLd.embeddable(factCheck.annotations(id, uri.getBaseUri().toString()).toString()),
                "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\";charset=UTF-8").build();
    }

    @GET
    @Path("{id}/claimreview")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    public Response claimReview(@PathParam("id") String id) {
        return Response.ok(JsonLd.embeddable(factCheck.claimReviews(id, uri.getBaseUri().toString()).toString()),
                "application/ld+json;charset=UTF-8").build();
    }

    private Response created(StoryView story) {
        return withETag(Response.created(uri.getBaseUriBuilder().path("stories").path(story.id()).build()), story);
    }

    private static Response withETag(Response.ResponseBuilder response, StoryView story) {
        return response.tag(new EntityTag(Integer.toString(story.revision()))).entity(StoryJson.of(story)).build();
    }

    private static StoryRequestJson require(StoryRequestJson request) {
        if (request == null) {
            throw new BadRequestException(Problems.response(400, "Bad Request", "A JSON body is required"));
        }
        return request;
    }

    private static int revisionNumber(String name, String value) {
        int number = Params.integer(name, value, -1);
        if (number < 1) {
            throw new BadRequestException(Problems.response(400, "Bad Request",
                    "'" + name + "' must be a revision number (1, 2, …)"));
        }
        return number;
    }

    /** {@code If-Match: "3"} → 3. Missing → 428; not a revision ETag of this API → 412 (it cannot match). */
    private static int baseRevision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new jakarta.ws.rs.WebApplicationException(Problems.response(428, "Precondition Required",
                    "Send If-Match with the ETag of the revision your change is based on, e.g. If-Match: \"3\""));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            throw new StaleRevisionException("If-Match '" + ifMatch + "' does not name a revision of this story");
        }
    }
}
