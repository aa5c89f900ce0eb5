package org.newsdesk.account.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsdesk.account.boundary.PasswordService;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.shared.boundary.InvalidInputException;

import jakarta.annotation.security.RolesAllowed;

/** The caller's own account: {@code PUT /api/me/password}. */
@Path("me")
@RequestScoped
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    PasswordService passwords;

    /**
     * Changes one's own password: 204; a wrong current password 422 (and it counts as a failed login); a weak new
     * one 422. Sessions of the account that logged in before end; HTTP Basic needs the new password from now on.
     */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull @Valid PasswordChangeJson change) {
        if (passwords.changeOwn(change.getCurrent(), change.getNext()) == PasswordService.Change.WRONG_CURRENT) {
            throw new InvalidInputException("current", "is not your current password");
        }
        return Response.noContent().build();
    }
}
