package org.newsdesk.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.newsdesk.shared.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.control.LedgerSql;
import org.newsdesk.audit.control.TimelineKind;
import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.story.control.Stories;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A story's history in one chronological list, read from the audit ledger — which holds every change to it, in
 * order, with who and when: revisions, workflow steps, approvals and their voiding, assignments, claims,
 * verdicts, resolutions and comments, and the saves that made a rated claim need a re-check.
 * Oldest first; the newest {@value #MAX} entries of a very long history, with {@code earlier} set.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.FACT_CHECKER, Roles.EDITOR, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class StoryTimeline {

    static final int MAX = 2000;

    /** The entries and whether older ones were left out. */
    public record Timeline(String storyId, List<TimelineEntry> items, boolean earlier) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/newsdesk")
    DataSource database;

    public Timeline of(String storyId) {
        String id = Stories.get(em, storyId).getId().toString();
        List<TimelineEntry> items = new ArrayList<>();
        boolean earlier;
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(
                "select " + LedgerSql.COLUMNS + " from audit_event where story_id = ? order by seq desc limit ?")) {
            select.setString(1, id);
            select.setInt(2, MAX + 1);
            int read = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && ++read <= MAX) {
                    List<TimelineEntry> entries = entries(LedgerSql.read(rows));
                    for (int i = entries.size() - 1; i >= 0; i--) {
                        items.add(entries.get(i));
                    }
                }
            }
            earlier = read > MAX;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the story's history", e);
        }
        Collections.reverse(items);
        return new Timeline(id, items, earlier);
    }

    /** One event's entries: one, and a second for a save that made claims need a re-check. */
    static List<TimelineEntry> entries(ChainLink event) {
        JsonObject details = parse(event.details());
        Integer revision = details.get("revision") instanceof JsonNumber number ? number.intValue() : null;
        String claimId = event.entityType() != null && event.entityType().equals("claim") ? event.entityId() : null;
        TimelineEntry entry = new TimelineEntry(event.seq(), event.at(), event.actor(),
                TimelineKind.of(event.action()), event.action(), revision, claimId, event.details());
        if (!details.containsKey("recheck") || details.get("recheck").getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of(entry);
        }
        String recheck = Json.createObjectBuilder().add("wordings", details.getJsonArray("recheck")).build()
                .toString();
        return List.of(entry, new TimelineEntry(event.seq(), event.at(), event.actor(), TimelineKind.RECHECK,
                "claim.needs-recheck", revision, null, recheck));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
