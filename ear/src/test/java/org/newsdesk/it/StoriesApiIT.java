package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stories and revisions API of API.md, as a newsroom tool would use it. */
@ExtendWith(ArquillianExtension.class)
class StoriesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static String story(String headline, String body) {
        return "{\"headline\":\"" + headline + "\",\"language\":\"de\",\"desk\":\"Politik\",\"tags\":[\"Nato\"],"
                + "\"bodyText\":\"" + body + "\",\"note\":\"Erste Fassung\"}";
    }

    private static Api.Reply create(String headline, String body) {
        Api.Reply created = Api.demo("reporter").post("api/stories", story(headline, body));
        assertEquals(201, created.status(), created.toString());
        return created;
    }

    private static Api.Reply put(Api api, String id, String ifMatch, String json) {
        HttpRequest.Builder request = api.request("api/stories/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    @Test
    void aStoryIsCreatedAsRevisionOneWithLocationAndETag() {
        Api.Reply created = create("Nato-Russland-Rat tagt", "Erster Absatz über „Gespräche“.\\n\\nZweiter Absatz.");
        assertEquals("\"1\"", created.header("ETag"));
        JsonObject story = created.json();
        assertTrue(created.header("Location").endsWith("/api/stories/" + story.getString("id")));
        assertEquals(1, story.getInt("revision"));
        assertEquals("DRAFT", story.getString("state"));
        assertEquals("Erster Absatz über „Gespräche“.\n\nZweiter Absatz.", story.getString("bodyText"));
        assertEquals("<p>Erster Absatz über „Gespräche“.</p>\n<p>Zweiter Absatz.</p>", story.getString("bodyHtml"));
        assertEquals(64, story.getString("revisionHash").length());
        assertEquals("reporter", story.getString("createdBy"));

        Api.Reply read = Api.demo("checker").get("api/stories/" + story.getString("id"));
        assertEquals(200, read.status());
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals(story.getString("revisionHash"), read.json().getString("revisionHash"));

        JsonObject event = Api.demo("editor").get("api/audit?story=" + story.getString("id")).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("story.created", event.getString("action"));
        assertEquals("reporter", event.getString("actor"));
    }

    @Test
    void savesMakeRevisionsUnchangedSavesDoNotAndHistoryDiffAndRestoreWork() {
        String id = create("Haushalt", "Der Haushalt umfasst 30 Milliarden Euro.").json().getString("id");
        Api.Reply unchanged = put(Api.demo("reporter"), id, "\"1\"", story("Haushalt", "Der Haushalt umfasst 30 Milliarden Euro."));
        assertEquals(200, unchanged.status(), unchanged.toString());
        assertEquals("\"1\"", unchanged.header("ETag"), "unchanged content makes no revision");

        Api.Reply second = put(Api.demo("reporter"), id, "\"1\"",
                story("Haushalt", "Der Haushalt umfasst 32 Milliarden Euro.").replace("Erste Fassung", "Zahl korrigiert"));
        assertEquals(200, second.status(), second.toString());
        assertEquals("\"2\"", second.header("ETag"));

        JsonArray revisions = Api.demo("reporter").send(Api.demo("reporter").request("api/stories/" + id + "/revisions").GET())
                .jsonArray();
        assertEquals(2, revisions.size());
        assertEquals(1, revisions.getJsonObject(0).getInt("number"));
        assertEquals("Zahl korrigiert", revisions.getJsonObject(1).getString("note"));
        assertEquals("reporter", revisions.getJsonObject(1).getString("author"));
        assertNotNull(revisions.getJsonObject(1).getString("createdAt"));
        assertEquals(64, revisions.getJsonObject(1).getString("hash").length());

        JsonObject diff = Api.demo("checker").get("api/stories/" + id + "/diff?from=1&to=2").json();
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (JsonObject op : diff.getJsonArray("ops").getValuesAs(JsonObject.class)) {
            switch (op.getString("op")) {
                case "equal" -> {
                    a.append(op.getString("text"));
                    b.append(op.getString("text"));
                }
                case "delete" -> a.append(op.getString("text"));
                case "insert" -> b.append(op.getString("text"));
                default -> throw new AssertionError(op);
            }
        }
        assertEquals("Der Haushalt umfasst 30 Milliarden Euro.", a.toString());
        assertEquals("Der Haushalt umfasst 32 Milliarden Euro.", b.toString());
        assertTrue(diff.getJsonArray("hints").toString().contains("number"));

        JsonObject first = Api.demo("reporter").get("api/stories/" + id + "/revisions/1").json();
        assertEquals("Der Haushalt umfasst 30 Milliarden Euro.", first.getString("bodyText"));

        Api.Reply restored = Api.demo("reporter").send(Api.demo("reporter")
                .request("api/stories/" + id + "/revisions/1/restore").header("If-Match", "\"2\"")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, restored.status(), restored.toString());
        assertEquals("\"3\"", restored.header("ETag"));
        assertEquals("Der Haushalt umfasst 30 Milliarden Euro.", restored.json().getString("bodyText"));
        assertEquals(first.getString("revisionHash"), restored.json().getString("revisionHash"));
        JsonArray history = Api.demo("reporter").send(Api.demo("reporter").request("api/stories/" + id + "/revisions").GET())
                .jsonArray();
        assertEquals("Restored from revision 1", history.getJsonObject(2).getString("note"));

        List<String> actions = new ArrayList<>();
        Api.demo("editor").get("api/audit?story=" + id).json().getJsonArray("items")
                .forEach(e -> actions.add(e.asJsonObject().getString("action")));
        assertEquals(List.of("story.restored", "story.saved", "story.created"), actions);
    }

    @Test
    void ifMatchIsRequiredAndAStaleBaseIsRefused() {
        String id = create("Konflikt", "Text.").json().getString("id");
        assertEquals(428, put(Api.demo("reporter"), id, null, story("Konflikt", "Neu.")).status());
        assertEquals(200, put(Api.demo("reporter"), id, "\"1\"", story("Konflikt", "Neu.")).status());
        Api.Reply stale = put(Api.demo("editor"), id, "\"1\"", story("Konflikt", "Meins."));
        assertEquals(412, stale.status());
        assertTrue(stale.header("Content-Type").startsWith("application/problem+json"));
        assertEquals("Neu.", Api.demo("editor").get("api/stories/" + id).json().getString("bodyText"));
    }

    @Test
    void twentyParallelSavesOnTheSameBaseLetExactlyOneWin() throws Exception {
        String id = create("Wettlauf", "Start.").json().getString("id");
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String body = story("Wettlauf", "Fassung " + i + ".");
                saves.add(pool.submit(() -> {
                    start.await();
                    return put(Api.demo("editor"), id, "\"1\"", body).status();
                }));
            }
            start.countDown();
            int ok = 0;
            int stale = 0;
            for (Future<Integer> save : saves) {
                int status = save.get();
                if (status == 200) {
                    ok++;
                } else if (status == 412) {
                    stale++;
                } else {
                    throw new AssertionError("unexpected status " + status);
                }
            }
            assertEquals(1, ok);
            assertEquals(parallel - 1, stale);
        } finally {
            pool.shutdown();
        }
        JsonArray revisions = Api.demo("editor").send(Api.demo("editor").request("api/stories/" + id + "/revisions").GET())
                .jsonArray();
        assertEquals(2, revisions.size(), "no revision lost or duplicated");
        assertEquals(1, Api.demo("editor").get("api/audit?story=" + id + "&action=story.saved").json()
                .getJsonArray("items").size());
    }

    @Test
    void badInputIsAnsweredWithTheRightProblem() {
        Api reporter = Api.demo("reporter");
        Api.Reply missing = reporter.post("api/stories", "{\"language\":\"fr\",\"bodyText\":\"x\",\"bodyHtml\":\"<p>y</p>\"}");
        assertEquals(422, missing.status());
        String errors = missing.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"headline\"") && errors.contains("\"language\"") && errors.contains("\"bodyHtml\""), errors);
        assertEquals(422, reporter.post("api/stories", story("x".repeat(301), "Text")).status());
        assertEquals(400, reporter.post("api/stories", "{\"headline\": ").status());
        assertEquals(400, reporter.post("api/stories", "{\"headline\":\"a\",\"language\":\"de\",\"embargo\":\"morgen\"}").status());
        assertEquals(404, reporter.get("api/stories/" + UUID.randomUUID()).status());
        assertEquals(404, reporter.get("api/stories/not-an-id").status());
        String id = create("Grenzen", "Text.").json().getString("id");
        assertEquals(404, reporter.get("api/stories/" + id + "/revisions/7").status());
        assertEquals(400, reporter.get("api/stories/" + id + "/diff?from=1").status());
        Api.Reply wrongType = reporter.send(reporter.request("api/stories").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<story/>")));
        assertEquals(415, wrongType.status());
        String huge = "{\"headline\":\"Groß\",\"language\":\"de\",\"bodyText\":\"" + "x".repeat(1800 * 1024) + "\"}";
        Api.Reply tooLarge = reporter.post("api/stories", huge);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(403, Api.demo("checker").post("api/stories", story("Prüfer", "Text")).status());
        assertEquals(403, put(Api.demo("admin"), id, "\"1\"", story("Admin", "Text")).status());
    }

    @Test
    void onlyAuthorsEditorsAndChiefsMaySave() {
        String id = create("Eigenes", "Text.").json().getString("id");
        String name = "rep-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Api.demo("admin").post("api/users", "{\"username\":\"" + name
                + "\",\"password\":\"ein anderer Reporter\",\"roles\":[\"REPORTER\"]}").status());
        Api.Reply foreign = put(Api.as(name, "ein anderer Reporter"), id, "\"1\"", story("Eigenes", "Fremd."));
        assertEquals(403, foreign.status(), foreign.toString());
        assertEquals(200, put(Api.demo("chief"), id, "\"1\"", story("Eigenes", "Chefin.")).status());
    }

    @Test
    void listsAreFilteredSearchedAndNewestFirst() {
        String word = "Suchwort" + UUID.randomUUID().toString().substring(0, 6);
        String older = create("Ältere Meldung " + word, "Text.").json().getString("id");
        String newer = create("Neuere Meldung", "Der Text enthält " + word + ".").json().getString("id");
        JsonObject found = Api.demo("checker").get("api/stories?q=" + word + "&language=de&desk=Politik&state=DRAFT").json();
        assertEquals(2, found.getJsonNumber("total").intValue(), found.toString());
        assertEquals(newer, found.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(older, found.getJsonArray("items").getJsonObject(1).getString("id"));
        assertEquals(0, Api.demo("checker").get("api/stories?q=" + word + "&language=en").json()
                .getJsonNumber("total").intValue());
        assertEquals(1, Api.demo("checker").get("api/stories?q=" + word + "&size=1").json().getJsonArray("items").size());
    }

    @Test
    void theDeutschlandfunkSampleImportsAsADraftWithCaptionCreditAndSourceNote() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of(System.getProperty("newsdesk.samples"),
                "dlf-nato-russland-rat-2022-01-12.txt"));
        Api reporter = Api.demo("reporter");
        Api.Reply imported = reporter.send(reporter.request("api/stories/import?desk=Nachrichten")
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(sample)));
        assertEquals(201, imported.status(), imported.toString());
        JsonObject story = imported.json();
        assertEquals("Olivier Hoslet/Pool EPA/AP/dpa", story.getString("credit"));
        assertTrue(story.getBoolean("headlineProvisional"));
        assertTrue(story.getString("sourceNote").contains("12.01.2022"));
        assertTrue(story.getString("bodyHtml").contains("<h2>&#34;Wie zu Zeiten des Kalten Krieges&#34;</h2>"),
                story.getString("bodyHtml"));
        assertFalse(story.getString("bodyText").contains("Diese Nachricht wurde"));
        assertEquals("story.imported", Api.demo("editor").get("api/audit?story=" + story.getString("id")).json()
                .getJsonArray("items").getJsonObject(0).getString("action"));

        Api.Reply empty = reporter.send(reporter.request("api/stories/import").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("   ")));
        assertEquals(422, empty.status());
        Api.Reply binary = reporter.send(reporter.request("api/stories/import").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xC3, 0x28, 0, 1, 2})));
        assertEquals(422, binary.status());
        Api.Reply big = reporter.send(reporter.request("api/stories/import").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Absatz.\n\n".repeat(120_000))));
        assertEquals(413, big.status());
    }

    @Test
    void aSpikedStoryIsNotEditedInPlace() {
        String id = create("Verworfen", "Text.").json().getString("id");
        assertEquals(200, Api.demo("editor").post("api/stories/" + id + "/workflow/spike",
                "{\"comment\":\"Thema erledigt\"}").status());
        Api.Reply refused = put(Api.demo("editor"), id, "\"1\"", story("Verworfen", "Doch noch."));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(1, Api.demo("editor").get("api/stories/" + id).json().getInt("revision"));
    }
}
