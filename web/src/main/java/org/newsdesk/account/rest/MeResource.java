package org.newsdesk.account.rest;

import org.newsdesk.shared.push.ScreenUpdates;
import jakarta.inject.Inject;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsdesk.account.boundary.PasswordService;
import org.newsdesk.account.boundary.TokenService;
import org.newsdesk.account.boundary.TwoFactorService;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.NotFoundException;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

/**
 * The caller's own account: who they are ({@code GET /api/me}), the password ({@code PUT /api/me/password}) and
 * personal API tokens.
 */
@Path("me")
@RequestScoped
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    PasswordService passwords;

    @EJB
    TokenService tokens;

    @EJB
    TwoFactorService twoFactor;

    @Inject
    ScreenUpdates updates;

    @Context
    UriInfo uri;

    /** Who the caller is: user name, roles, and the state of their two-factor login. */
    @GET
    public MeJson me(@Context SecurityContext security) {
        TwoFactorService.Status twoFactorStatus = twoFactor.status();
        List<String> roles = java.util.Arrays.stream(org.newsdesk.account.entity.Role.values())
                .map(Enum::name).filter(security::isUserInRole).toList();
        return new MeJson(security.getUserPrincipal().getName(), roles, new MeJson.TwoFactor(
                twoFactorStatus.enabled(), twoFactorStatus.required(), twoFactorStatus.recoveryCodesLeft()));
    }

    /**
     * Changes one's own password: 204; a wrong current password 422 (and it counts as a failed login); a weak new
     * one 422. Sessions of the account that logged in before end; HTTP Basic needs the new password from now on.
     */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull @Valid PasswordChangeJson change, @Context SecurityContext security) {
        if (passwords.changeOwn(change.getCurrent(), change.getNext()) == PasswordService.Change.WRONG_CURRENT) {
            throw new InvalidInputException("current", "is not your current password");
        }
        updates.endSessionsOf(security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /** The caller's active personal API tokens, newest first (never their secrets). */
    @GET
    @Path("tokens")
    public List<TokenJson> tokens() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    /** Creates a token: 201 with the secret in {@code token}, shown this once. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(@NotNull NewTokenJson request) {
        TokenJson created = TokenJson.of(tokens.create(request.getName(), request.getExpiresInDays()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    /** Revokes one of the caller's tokens: 204; unknown (or someone else's) 404. */
    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("You have no active token " + id);
        }
        tokens.revoke(number);
        return Response.noContent().build();
    }
}
