package org.newsdesk.audit.view;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.audit.boundary.AuditQuery;
import org.newsdesk.audit.boundary.AuditSearch;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.NewsdeskException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The audit log screen's CSV download ({@code /audit/export.csv?story=&actor=&action=&from=&to=&q=}): the same
 * export as {@code /api/audit/export.csv}, for a logged-in session (the API takes HTTP Basic only). The
 * {@code /audit/*} security constraint admits editors, chief editors and admins; the EJB checks again.
 */
@WebServlet("/audit/export.csv")
public class AuditExportServlet extends HttpServlet {

    @EJB
    transient AuditSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            String action = blankToNull(request.getParameter("action"));
            query = new AuditQuery(blankToNull(request.getParameter("story")),
                    blankToNull(request.getParameter("actor")),
                    action == null ? null : AuditAction.named(action).orElseThrow(
                            () -> new IllegalArgumentException("unknown action " + action)),
                    instant(request.getParameter("from")), instant(request.getParameter("to")),
                    blankToNull(request.getParameter("q")));
            search.search(query, null, 1); // role and filter checked before the download starts
        } catch (IllegalArgumentException | DateTimeParseException | NewsdeskException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The export's filter is not valid.");
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"newsdesk-audit.csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        search.export(query, out);
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
