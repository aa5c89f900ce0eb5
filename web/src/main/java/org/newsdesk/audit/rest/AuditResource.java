package org.newsdesk.audit.rest;

import org.newsdesk.account.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.boundary.AuditQuery;
import org.newsdesk.audit.boundary.LedgerVerification;
import org.newsdesk.audit.entity.AuditEvent;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.shared.rest.Params;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit log: search (newest first), CSV export of the same filter, and verification of the hash chain. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int EXPORT_BATCH = Page.MAX_SIZE;

    @EJB
    AuditLog audit;

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Page<AuditEventJson> search(@QueryParam("story") String story, @QueryParam("actor") String actor,
                                       @QueryParam("action") String action, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return audit.search(query(story, actor, action, from, to), Params.page(page), Params.size(size))
                .map(AuditEventJson::of);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
    public Response export(@QueryParam("story") String story, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        AuditQuery query = query(story, actor, action, from, to);
        audit.search(query, 0, 1); // checks the caller's role and the filter before streaming starts
        StreamingOutput csv = output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            out.write("seq,at,actor,action,storyId,entityType,entityId,details,hash,prevHash\r\n");
            for (int page = 0; ; page++) {
                Page<AuditEvent> batch = audit.search(query, page, EXPORT_BATCH);
                for (AuditEvent e : batch.items()) {
                    out.write(String.join(",", Long.toString(e.getSeq()), e.getAt().toString(), csv(e.getActor()),
                            csv(e.getAction()), csv(e.getStoryId()), csv(e.getEntityType()), csv(e.getEntityId()),
                            csv(e.getDetails()), e.getHash(), e.getPrevHash()));
                    out.write("\r\n");
                }
                if ((long) (page + 1) * EXPORT_BATCH >= batch.total()) {
                    break;
                }
            }
            out.flush();
        };
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"newsdesk-audit.csv\"")
                .build();
    }

    @GET
    @Path("verify")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Object> verify() {
        LedgerVerification result = audit.verify();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", result.intact());
        json.put("events", result.events());
        json.put("head", result.head());
        if (!result.intact()) {
            json.put("firstBadSeq", result.firstBadSeq());
            json.put("reason", result.reason());
        }
        return json;
    }

    private static AuditQuery query(String story, String actor, String action, String from, String to) {
        return new AuditQuery(Params.text(story), Params.text(actor), Params.text(action),
                Params.instant("from", from), Params.instant("to", to));
    }

    /** RFC 4180: quote every text field, double the quotes inside. */
    private static String csv(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
