package org.newsdesk.run;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold after a crash: every acknowledged save is there (its revision, its marker, its audit event), no
 * revision is half-written (numbers 1..current without gaps, each with its blocks and loadable through the API, each
 * save with its event and no event without its revision), the claims point at the right place of their story's
 * current text, and the audit chain verifies. Each check adds a line to {@link #problems} when it fails.
 */
final class CrashChecks {

    final List<String> problems = new ArrayList<>();
    private final ApiClient api;
    private final String editor;
    private final String admin;
    private final String jdbcUrl;
    CrashChecks(ApiClient api, String editor, String admin, String jdbcUrl) {
        this.api = api;
        this.editor = editor;
        this.admin = admin;
        this.jdbcUrl = jdbcUrl;
    }

    /** Runs every check; answers how many acknowledged saves were verified. */
    int verify(List<Savers.Ack> acknowledged, List<Savers.CrashStory> stories) throws Exception {
        int verified = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            Map<String, Integer> current = currentRevisions(db);
            Set<String> events = savedEvents(db);
            Set<String> revisions = pairs(db, "select story_id::text, number::text from revision");
            Set<String> markers = markers(db);
            for (Savers.Ack ack : acknowledged) {
                boolean ok = revisions.contains(ack.storyId() + "#" + ack.revision())
                        && markers.contains(ack.storyId() + "#" + ack.marker());
                if (!ok) {
                    problem("lost: acknowledged save " + ack);
                } else if (!events.contains(ack.storyId() + "#" + ack.revision())) {
                    problem("no audit event for acknowledged save " + ack);
                } else if (current.getOrDefault(ack.storyId(), 0) < ack.revision()) {
                    problem("the story is behind an acknowledged save " + ack);
                } else {
                    verified++;
                }
            }
            revisionsWhole(db, events);
        }
        Map<String, Savers.Ack> last = new HashMap<>();
        acknowledged.forEach(ack -> last.merge(ack.storyId(), ack, (a, b) -> a.revision() >= b.revision() ? a : b));
        for (Savers.CrashStory story : stories) {
            JsonObject json = get("/api/stories/" + story.id(), editor).asJsonObject();
            Savers.Ack newest = last.get(story.id());
            if (newest != null) {
                java.net.http.HttpResponse<String> saved = api.send("GET", "/api/stories/" + story.id()
                        + "/revisions/" + newest.revision(), editor, null, null);
                if (saved.statusCode() != 200) {
                    problem("revision " + newest.revision() + " of " + story.id() + " cannot be loaded: "
                            + saved.statusCode());
                } else if (!ApiClient.json(saved).getString("bodyText").contains(newest.marker())) {
                    problem("revision " + newest.revision() + " of " + story.id() + " does not hold " + newest.marker());
                }
            }
            claimsAnchored(story.id(), json.getString("bodyText"));
        }
        JsonObject ledger = get("/api/audit/verify", admin).asJsonObject();
        if (!ledger.getBoolean("intact")) {
            problem("the audit chain does not verify: " + ledger);
        }
        return verified;
    }

    /** Revisions 1..current of every story, each with its fields block, and one STORY_SAVED event per save. */
    private void revisionsWhole(Connection db, Set<String> events) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select s.id, s.current_revision, count(r.number), coalesce(max(r.number), 0),"
                        + " count(*) filter (where not exists (select 1 from story_block b where b.id = r.fields_block))"
                        + " from story s left join revision r on r.story_id = s.id group by s.id, s.current_revision")) {
            while (rows.next()) {
                String id = rows.getString(1);
                int current = rows.getInt(2);
                if (rows.getInt(3) != current || rows.getInt(4) != current) {
                    problem("story " + id + " at revision " + current + " has " + rows.getInt(3)
                            + " revisions up to " + rows.getInt(4));
                }
                if (rows.getInt(5) > 0) {
                    problem("story " + id + " has revisions without their fields block");
                }
            }
        }
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select r.story_id::text, r.number from revision r join story s on s.id = r.story_id"
                        + " where r.number > 1 and s.headline like 'Absturztest %'")) {
            while (rows.next()) {
                if (!events.contains(rows.getString(1) + "#" + rows.getInt(2))) {
                    problem("revision " + rows.getInt(2) + " of " + rows.getString(1) + " has no audit event");
                }
            }
        }
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select e.story_id, e.details::jsonb ->> 'revision' from audit_event e where e.action = 'story.saved'"
                        + " and not exists (select 1 from revision r where r.story_id = e.story_id::uuid"
                        + " and r.number = (e.details::jsonb ->> 'revision')::int)")) {
            while (rows.next()) {
                problem("audit event for revision " + rows.getString(2) + " of " + rows.getString(1)
                        + " without its revision");
            }
        }
    }

    /** Every claim not orphaned points at exactly its wording in the current text. */
    private void claimsAnchored(String storyId, String text) throws Exception {
        JsonArray claims = get("/api/stories/" + storyId + "/claims", editor).asJsonArray();
        for (JsonValue value : claims) {
            JsonObject anchor = value.asJsonObject().getJsonObject("anchor");
            if ("orphaned".equals(anchor.getString("status"))) {
                problem("claim " + value.asJsonObject().getString("id") + " orphaned although its sentence stayed");
                continue;
            }
            int start = anchor.getInt("start");
            int end = anchor.getInt("end");
            if (end > text.length() || !text.substring(start, end).equals(anchor.getString("text"))) {
                problem("claim " + value.asJsonObject().getString("id") + " of " + storyId + " points at " + start
                        + ".." + end + ", not at its text");
            }
        }
    }

    private Map<String, Integer> currentRevisions(Connection db) throws SQLException {
        Map<String, Integer> current = new HashMap<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select id::text, current_revision from story")) {
            while (rows.next()) {
                current.put(rows.getString(1), rows.getInt(2));
            }
        }
        return current;
    }

    private Set<String> savedEvents(Connection db) throws SQLException {
        Set<String> events = new HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select story_id, details::jsonb ->> 'revision' from audit_event where action = 'story.saved'")) {
            while (rows.next()) {
                events.add(rows.getString(1) + "#" + rows.getString(2));
            }
        }
        return events;
    }

    /** "a#b" for each row of a two-column query. */
    private static Set<String> pairs(Connection db, String query) throws SQLException {
        Set<String> pairs = new HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                pairs.add(rows.getString(1) + "#" + rows.getString(2));
            }
        }
        return pairs;
    }

    /** "story#marker" for every stored first paragraph of the crash test's saves (all in one pass over the blocks). */
    private static Set<String> markers(Connection db) throws SQLException {
        Set<String> markers = new HashSet<>();
        java.util.regex.Pattern marker = java.util.regex.Pattern.compile("Stand der Meldung: ([A-Za-z0-9]+)\\.");
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select story_id::text, content from story_block where content like '<p>Stand der Meldung: %'")) {
            while (rows.next()) {
                java.util.regex.Matcher found = marker.matcher(rows.getString(2));
                if (found.find()) {
                    markers.add(rows.getString(1) + "#" + found.group(1));
                }
            }
        }
        return markers;
    }

    private JsonValue get(String path, String authorization) throws Exception {
        return api.get(path, authorization);
    }

    private void problem(String text) {
        if (problems.size() < 50) {
            problems.add(text);
        }
        System.out.println("[crash] PROBLEM " + text);
    }
}
