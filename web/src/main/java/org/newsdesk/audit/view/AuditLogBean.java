package org.newsdesk.audit.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.newsdesk.audit.boundary.AuditEntry;
import org.newsdesk.audit.boundary.AuditPage;
import org.newsdesk.audit.boundary.AuditQuery;
import org.newsdesk.audit.boundary.AuditSearch;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.view.SessionPreferences;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log screen: filters, newest events first, "more" for the next page (keyset: the cursor of the last
 * page; no counting of millions of rows), an event's details laid out, and the CSV export of the filter.
 */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

    static final int PAGE = 50;

    @EJB
    transient AuditSearch search;

    @Inject
    SessionPreferences preferences;

    private String story;
    private String actor;
    private String action;
    private LocalDateTime from;
    private LocalDateTime to;
    private String text;

    private final List<AuditEntry> rows = new ArrayList<>();
    private String next;
    private AuditEntry selected;

    /** The first page of the current filter (the page opens with the newest events of all). */
    public void search() {
        rows.clear();
        next = null;
        load(null);
    }

    /** The next page below what is shown. */
    public void more() {
        if (next != null) {
            load(Long.parseLong(next));
        }
    }

    private void load(Long before) {
        AuditPage page = search.search(query(), before, PAGE);
        rows.addAll(page.items());
        next = page.next();
    }

    AuditQuery query() {
        AuditAction known = action == null || action.isBlank() ? null : AuditAction.named(action.strip())
                .orElseThrow(() -> new InvalidInputException("action", "is not an action of the audit log"));
        return new AuditQuery(blankToNull(story), blankToNull(actor), known, instant(from), instant(to),
                blankToNull(text));
    }

    /** The export of exactly this filter, streamed by {@code AuditExportServlet}. */
    public String getExportQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("story", blankToNull(story));
        params.put("actor", blankToNull(actor));
        params.put("action", blankToNull(action));
        params.put("from", instant(from) == null ? null : instant(from).toString());
        params.put("to", instant(to) == null ? null : instant(to).toString());
        params.put("q", blankToNull(text));
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public List<AuditAction> getActions() {
        return AuditAction.catalogue();
    }

    /** The details of the selected event, key by key, for reading. */
    public List<Map.Entry<String, String>> getSelectedFields() {
        return selected == null ? List.of() : DetailsLayout.fields(selected.details());
    }

    public String getSelectedJson() {
        return selected == null ? "" : DetailsLayout.pretty(selected.details());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.of(preferences.getTimeZone())).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<AuditEntry> getRows() {
        return rows;
    }

    public boolean isMore() {
        return next != null;
    }

    public AuditEntry getSelected() {
        return selected;
    }

    public void setSelected(AuditEntry selected) {
        this.selected = selected;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
