package org.newsdesk.factcheck.rest;

import org.newsdesk.account.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsdesk.factcheck.boundary.ClaimView;
import org.newsdesk.factcheck.boundary.FactCheckService;
import org.newsdesk.factcheck.boundary.VerdictView;
import org.newsdesk.shared.rest.Problems;

import java.util.List;

/** Claims as in API.md, section "Claims" (the story-scoped calls are in StoriesResource). */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class ClaimsResource {

    /** The body of marking a claim: the quote, optionally context or position to choose one of several. */
    public record NewClaimJson(String quote, String prefix, String suffix, Integer start, String note) {
    }

    /** The body of a rating. */
    public record VerdictJson(String verdict, String rationale, List<ClaimView.Source> sources) {
    }

    /** The body of a resolution or a comment. */
    public record TextJson(String text, String parentId) {
    }

    @EJB
    FactCheckService factCheck;

    @GET
    @Path("{claimId}/verdicts")
    public List<VerdictView> verdicts(@PathParam("claimId") String claimId) {
        return factCheck.verdictHistory(claimId);
    }

    @GET
    @Path("{claimId}")
    public ClaimView claim(@PathParam("claimId") String claimId) {
        return factCheck.claim(claimId);
    }

    @PUT
    @Path("{claimId}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FACT_CHECKER)
    public ClaimView rate(@PathParam("claimId") String claimId, VerdictJson verdict) {
        VerdictJson body = require(verdict);
        return factCheck.rate(claimId, body.verdict(), body.rationale(), body.sources());
    }

    @POST
    @Path("{claimId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
    public ClaimView resolve(@PathParam("claimId") String claimId, TextJson resolution) {
        return factCheck.resolve(claimId, require(resolution).text());
    }

    @POST
    @Path("{claimId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("claimId") String claimId, TextJson comment) {
        TextJson body = require(comment);
        ClaimView commented = factCheck.comment(claimId, body.text(), body.parentId());
        return Response.status(201).entity(commented).build();
    }

    public static <T> T require(T body) {
        if (body == null) {
            throw new BadRequestException(Problems.response(400, "Bad Request", "A JSON body is required"));
        }
        return body;
    }
}
