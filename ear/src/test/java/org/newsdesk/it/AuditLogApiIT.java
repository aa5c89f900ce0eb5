package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log's API: each filter, keyset paging newest first, the CSV export, and who may read it. */
@ExtendWith(ArquillianExtension.class)
class AuditLogApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static JsonObject search(String query) {
        Api.Reply reply = Api.demo("editor").get("api/audit?" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static List<String> actions(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void eachFilterFindsItsEventsNewestFirst() throws Exception {
        Instant start = Instant.now().minusMillis(5);
        String word = "Zugspitzbahn" + UUID.randomUUID().toString().substring(0, 6);
        String id = Stories.create("reporter", "Die " + word + " fährt wieder", null);
        Stories.ok("reporter", id, "submit");
        Thread.sleep(20);
        Instant middle = Instant.now();
        Thread.sleep(20);
        Stories.ok("checker", id, "complete-check");

        assertEquals(List.of("workflow.complete-check", "workflow.submit", "story.created"),
                actions(search("story=" + id)));
        assertEquals(List.of("workflow.submit"), actions(search("story=" + id + "&action=workflow.submit")));
        assertEquals(List.of("workflow.complete-check"), actions(search("story=" + id + "&actor=checker")));
        assertEquals(List.of("story.created"), actions(search("q=" + word)), "words of the details' values");
        assertEquals(List.of("story.created"), actions(search("q=" + word.toLowerCase() + "&actor=reporter")));
        assertEquals(List.of(), actions(search("story=" + id + "&q=headline")), "the details' keys are not searched");
        assertEquals(List.of("workflow.submit", "story.created"),
                actions(search("story=" + id + "&from=" + start + "&to=" + middle)));
        assertEquals(List.of("workflow.complete-check"), actions(search("story=" + id + "&from=" + middle)));

        JsonObject created = search("story=" + id + "&action=story.created").getJsonArray("items").getJsonObject(0);
        assertEquals("reporter", created.getString("actor"));
        assertEquals(id, created.getString("storyId"));
        assertEquals("story", created.getString("entityType"));
        assertTrue(created.getJsonObject("details").getString("headline").contains(word));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        String id = Stories.inState("APPROVED", "Seitenweise");
        JsonObject all = search("story=" + id);
        List<Long> expected = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("seq").longValue()).toList();
        assertEquals(4, expected.size(), all.toString());
        assertTrue(all.isNull("next"), "one page holds them all: " + all);

        List<Long> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = search("story=" + id + "&size=1" + (cursor == null ? "" : "&before=" + cursor));
            assertEquals(1, page.getInt("size"));
            page.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(e -> paged.add(e.getJsonNumber("seq").longValue()));
            cursor = page.isNull("next") ? null : page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(expected, paged, "newest first, each event once");
        assertEquals(4, pages);
        // events appended meanwhile do not shift a cursor's page
        JsonObject second = search("story=" + id + "&size=1&before=" + expected.get(0));
        Stories.ok("editor", id, "spike");
        assertEquals(second, search("story=" + id + "&size=1&before=" + expected.get(0)));
    }

    @Test
    void theExportIsUtf8WithBomQuotedAndTheSameFilter() {
        String headline = "Bürgerbüro „Süd“ schließt – \"vorerst\"";
        String id = Stories.create("reporter", headline.replace("\"", "\\\""), null);
        Api.Reply csv = Api.demo("chief").get("api/audit/export.csv?story=" + id);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").contains("attachment"));
        assertTrue(csv.body().startsWith("\uFEFFseq,at,actor,action,storyId,entityType,entityId,details,hash,prevHash\r\n"),
                csv.body());
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[1].contains(",\"reporter\",\"story.created\",\"" + id + "\","), lines[1]);
        assertTrue(lines[1].contains("Bürgerbüro „Süd“ schließt – \\\"\"vorerst\\\"\""), lines[1]);

        Set<String> seen = new HashSet<>();
        String everything = Api.demo("editor").get("api/audit/export.csv").body();
        String[] rows = everything.split("\r\n");
        for (int i = 1; i < rows.length; i++) {
            assertTrue(seen.add(rows[i].substring(0, rows[i].indexOf(','))), "each event once: " + rows[i]);
        }
        assertTrue(rows.length > 10, "the whole ledger without a filter");
    }

    @Test
    void badFiltersAreProblemsAndOnlyEditorsChiefsAndAdminsReadTheLog() {
        assertEquals(400, Api.demo("editor").get("api/audit?from=yesterday").status());
        assertEquals(400, Api.demo("editor").get("api/audit?before=abc").status());
        assertEquals(400, Api.demo("editor").get("api/audit?action=story.eaten").status());
        Api.Reply backwards = Api.demo("editor").get("api/audit?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z");
        assertEquals(422, backwards.status(), backwards.toString());
        assertTrue(backwards.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(422, Api.demo("editor").get("api/audit?size=1000").status());
        assertEquals(422, Api.demo("editor").get("api/audit?q=" + encoded("x".repeat(201))).status());
        assertEquals(200, Api.demo("editor").get("api/audit?q=" + encoded("& | ! ( ) :* '")).status(),
                "the text is words, never query syntax");

        for (String user : List.of("reporter", "checker")) {
            assertEquals(403, Api.demo(user).get("api/audit").status(), user);
            assertEquals(403, Api.demo(user).get("api/audit/export.csv").status(), user);
        }
        for (String user : List.of("editor", "chief", "admin")) {
            assertEquals(200, Api.demo(user).get("api/audit?size=1").status(), user);
        }
        assertEquals(401, Api.anonymous().get("api/audit").status());
        JsonArray none = search("actor=nobody-at-all").getJsonArray("items");
        assertTrue(none.isEmpty());
    }

    @Test
    void theTimelineMergesEverythingThatHappenedToTheStoryOldestFirst() {
        String id = Stories.create("reporter", "Nato-Gipfel", null);
        Api.Reply marked = Api.demo("checker").post("api/stories/" + id + "/claims",
                "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}");
        assertEquals(201, marked.status(), marked.toString());
        String claim = marked.json().getString("id");
        Api.Reply rated = Api.demo("checker").put("api/claims/" + claim + "/verdict",
                "{\"verdict\":\"false\",\"rationale\":\"Es sind 32.\"}");
        assertEquals(200, rated.status(), rated.toString());
        Api.Reply commented = Api.demo("reporter").post("api/claims/" + claim + "/comments",
                "{\"text\":\"Welche Quelle?\"}");
        assertEquals(201, commented.status(), commented.toString());
        String changed = Stories.json("Nato-Gipfel", null).replace("30 Mitglieder", "32 Mitglieder");
        Api.Reply saved = Stories.save(Api.demo("reporter"), id, changed);
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply assigned = Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"checker\"}]");
        assertEquals(200, assigned.status(), assigned.toString());

        Api.Reply reply = Api.demo("reporter").get("api/stories/" + id + "/timeline");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject timeline = reply.json();
        assertEquals(id, timeline.getString("storyId"));
        assertEquals(false, timeline.getBoolean("earlier"));
        List<JsonObject> items = timeline.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("revision", "claim", "verdict", "comment", "revision", "recheck", "assignment"),
                items.stream().map(e -> e.getString("kind")).toList(), timeline.toString());
        assertEquals(List.of("story.created", "claim.created", "claim.rated", "claim.commented", "story.saved",
                "claim.needs-recheck", "story.assigned"), items.stream().map(e -> e.getString("action")).toList());
        assertEquals(List.of("reporter", "checker", "checker", "reporter", "reporter", "reporter", "editor"),
                items.stream().map(e -> e.getString("actor")).toList());
        assertEquals(2, items.get(4).getInt("revision"));
        assertEquals(claim, items.get(1).getString("claimId"));
        assertEquals("false", items.get(2).getJsonObject("details").getString("verdict"));
        assertTrue(items.get(5).getJsonObject("details").getJsonArray("wordings").getString(0).contains("Mitglieder"),
                "which claims need a re-check: " + items.get(5));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i).getJsonNumber("seq").longValue() >= items.get(i - 1).getJsonNumber("seq").longValue());
        }
        assertEquals(404, Api.demo("reporter").get("api/stories/" + UUID.randomUUID() + "/timeline").status());
        assertEquals(401, Api.anonymous().get("api/stories/" + id + "/timeline").status());
    }
}
