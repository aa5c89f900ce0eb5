package org.newsdesk.account.rest;

import org.newsdesk.shared.push.ScreenUpdates;
import jakarta.inject.Inject;
import org.newsdesk.account.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.newsdesk.account.boundary.AccountService;
import org.newsdesk.account.boundary.NewAccount;
import org.newsdesk.account.boundary.PasswordService;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.rest.Params;

/** Account administration (ADMIN only): list, create, set roles, reset a password, disable. */
@Path("users")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    AccountService accounts;

    @EJB
    PasswordService passwords;

    @Inject
    ScreenUpdates updates;

    @Context
    UriInfo uri;

    @GET
    public Page<UserJson> list(@QueryParam("page") String page, @QueryParam("size") String size,
                               @QueryParam("q") String query) {
        return accounts.list(Params.page(page), Params.size(size), Params.text(query), "username", true)
                .map(UserJson::of);
    }

    @GET
    @Path("{name}")
    public UserJson get(@PathParam("name") String name) {
        return UserJson.of(accounts.summary(name));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewUserJson user) {
        UserJson created = UserJson.of(accounts.create(
                new NewAccount(user.getUsername(), user.getDisplayName(), user.getPassword(), user.getRoles())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{name}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson roles(@PathParam("name") String name, @NotNull @Valid RolesJson roles) {
        return UserJson.of(accounts.assignRoles(name, roles.getRoles()));
    }

    /**
     * Sets a temporary password (answered once: {@code {"username","temporaryPassword"}}), ends the account's
     * sessions and lifts a lock-out; its owner must choose a new password at the next login.
     */
    @POST
    @Path("{name}/password-reset")
    public PasswordResetJson resetPassword(@PathParam("name") String name) {
        String temporary = passwords.reset(name);
        updates.endSessionsOf(accounts.summary(name).username());
        return new PasswordResetJson(accounts.summary(name).username(), temporary, true);
    }

    @POST
    @Path("{name}/disable")
    public UserJson disable(@PathParam("name") String name) {
        UserJson disabled = UserJson.of(accounts.disable(name));
        updates.endSessionsOf(disabled.username());
        return disabled;
    }
}
