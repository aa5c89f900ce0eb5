package org.newsdesk.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditPage;
import org.newsdesk.audit.boundary.AuditQuery;
import org.newsdesk.audit.boundary.AuditSearch;
import org.newsdesk.audit.boundary.Checkpoint;
import org.newsdesk.audit.boundary.Checkpoints;
import org.newsdesk.audit.boundary.LedgerVerification;
import org.newsdesk.audit.boundary.LedgerVerifier;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.rest.Params;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log: search (newest first, keyset-paged), CSV export of the same filter, verification of the chain,
 * and the signed checkpoints that let anyone check it from outside.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditSearch search;

    @EJB
    LedgerVerifier verifier;

    @EJB
    Checkpoints checkpoints;

    /** The API's answer for one page: {@code items}, {@code next} (the cursor for {@code before}), {@code size}. */
    @JsonbNillable
    public record PageJson(List<AuditEventJson> items, String next, int size) {
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public PageJson search(@QueryParam("story") String story, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("q") String text,
                           @QueryParam("before") String before, @QueryParam("size") String size) {
        AuditPage page = search.search(query(story, actor, action, from, to, text), cursor(before),
                Params.integer("size", size, Page.DEFAULT_SIZE));
        return new PageJson(page.items().stream().map(AuditEventJson::of).toList(), page.next(), page.size());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Response export(@QueryParam("story") String story, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("q") String text) {
        AuditQuery query = query(story, actor, action, from, to, text);
        search.search(query, null, 1); // the caller's role and the filter are checked before streaming starts
        StreamingOutput csv = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            search.export(query, out);
        };
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"newsdesk-audit.csv\"")
                .build();
    }

    @GET
    @Path("verify")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Object> verify() {
        LedgerVerification result = verifier.verify();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", result.intact());
        json.put("events", result.events());
        json.put("head", result.head());
        json.put("checkpoint", result.checkpoint());
        if (!result.intact()) {
            json.put("firstBadSeq", result.firstBadSeq());
            json.put("problem", result.problem());
        }
        json.put("millis", result.millis());
        return json;
    }

    @GET
    @Path("checkpoints")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Object> checkpoints() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("algorithm", "Ed25519");
        json.put("publicKey", checkpoints.publicKey());
        json.put("signedMessage", Checkpoint.FORMAT);
        json.put("checkpoints", checkpoints.list().stream().map(CheckpointJson::of).toList());
        return json;
    }

    /** A checkpoint with the exact text its signature is over. */
    public record CheckpointJson(long seq, String head, Instant at, String signature, String message) {

        static CheckpointJson of(Checkpoint checkpoint) {
            return new CheckpointJson(checkpoint.seq(), checkpoint.head(), checkpoint.at(), checkpoint.signature(),
                    checkpoint.message());
        }
    }

    private static Long cursor(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(before.strip());
        } catch (NumberFormatException e) {
            throw Params.badRequest("before", "must be the 'next' cursor of an earlier page");
        }
    }

    private static AuditQuery query(String story, String actor, String action, String from, String to,
                                    String text) {
        AuditAction known = null;
        if (Params.text(action) != null) {
            known = AuditAction.named(action.strip()).orElseThrow(() -> Params.badRequest("action",
                    "must be one of " + AuditAction.catalogue()));
        }
        return new AuditQuery(Params.text(story), Params.text(actor), known, Params.instant("from", from),
                Params.instant("to", to), Params.text(text));
    }
}
