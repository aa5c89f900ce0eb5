package org.newsdesk.baseline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.baseline.boundary.Baseline;
import org.newsdesk.story.rest.StoryRequestJson;

import java.nio.charset.StandardCharsets;

/**
 * {@code PUT /api/baseline/{id}}: what every save must do at the least, for the load benchmark to measure saves
 * against — the same authentication, the same JSON binding of the same body as {@code PUT /api/stories/{id}}, one
 * transaction with one insert of the body's bytes, a durable commit, and an answer of the same size (the body back).
 * 404 unless the server runs with {@code NEWSDESK_BENCHMARK=true}.
 */
@Path("baseline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @EJB
    Baseline baseline;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.CHIEF_EDITOR})
    public Response write(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          StoryRequestJson request) {
        if (!Baseline.enabled()) {
            throw new NotFoundException("There is no load baseline on this server.");
        }
        byte[] body = JSON.toJson(request).getBytes(StandardCharsets.UTF_8);
        long row = baseline.write(body);
        return Response.ok(body).tag(new EntityTag(Long.toString(row))).build();
    }
}
