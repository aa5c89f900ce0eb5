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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims API of API.md: marking, anchoring through edits, verdicts, resolutions, comments, hints. */
@ExtendWith(ArquillianExtension.class)
class ClaimsApiIT {

    private static final String BODY = "Die Nato hat 30 Mitglieder.\\n\\nStoltenberg nannte das Treffen „sehr nützlich“."
            + "\\n\\nDie Nato hat 30 Mitglieder.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static String story(String body) {
        Api.Reply created = Api.demo("reporter").post("api/stories",
                "{\"headline\":\"Nato\",\"language\":\"de\",\"bodyText\":\"" + body + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    private static Api.Reply save(String id, int base, String body) {
        Api reporter = Api.demo("reporter");
        return reporter.send(reporter.request("api/stories/" + id).header("Content-Type", "application/json")
                .header("If-Match", "\"" + base + "\"").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"headline\":\"Nato\",\"language\":\"de\",\"bodyText\":\"" + body + "\"}", StandardCharsets.UTF_8)));
    }

    private static JsonObject mark(String id, String json) {
        Api.Reply marked = Api.demo("checker").post("api/stories/" + id + "/claims", json);
        assertEquals(201, marked.status(), marked.toString());
        assertTrue(marked.header("Location").contains("/api/claims/"));
        return marked.json();
    }

    private static JsonObject only(String storyId) {
        JsonArray claims = Api.demo("reporter").send(Api.demo("reporter").request("api/stories/" + storyId + "/claims").GET())
                .jsonArray();
        assertEquals(1, claims.size());
        return claims.getJsonObject(0);
    }

    @Test
    void theSameWordsPastedInDecomposedFormLeaveARatedClaimIntact() {
        String id = story("Die Bürger zahlen 30 Euro mehr.");
        JsonObject claim = mark(id, "{\"quote\":\"Die Bürger zahlen 30 Euro mehr.\"}");
        String claimId = claim.getString("id");
        assertEquals(200, Api.demo("checker").put("api/claims/" + claimId + "/verdict",
                "{\"verdict\":\"verified\"}").status());
        // the same text from another program: "ü" as "u" + combining diaeresis, a zero-width space, a soft hyphen
        String pasted = "Die Bu\u0308rger zahlen 30 Eu\u00ADro mehr.\u200B Neu ist der Satz.";
        Api.Reply saved = save(id, 1, pasted);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("Die Bürger zahlen 30 Euro mehr. Neu ist der Satz.", Stories.get(id).getString("bodyText"),
                "stored in the one canonical form");
        JsonObject after = only(id);
        assertEquals("intact", after.getJsonObject("anchor").getString("status"), after.toString());
        assertFalse(after.getBoolean("needsRecheck"), "no needless re-check");
    }

    @Test
    void aClaimIsMarkedRatedAndFlaggedWhenItsWordingChanges() {
        String id = story(BODY);
        JsonObject claim = mark(id, "{\"quote\":\"sehr nützlich\",\"note\":\"Zitat prüfen\"}");
        assertEquals("intact", claim.getJsonObject("anchor").getString("status"));
        assertEquals("unchecked", claim.getString("verdict"));
        assertFalse(claim.getBoolean("needsRecheck"));
        assertTrue(claim.getString("prefix").endsWith("nannte das Treffen „"), claim.getString("prefix"));
        assertTrue(claim.getString("prefix").length() <= 32);
        assertTrue(claim.getString("suffix").startsWith("“."), claim.getString("suffix"));
        String claimId = claim.getString("id");

        Api.Reply rated = Api.demo("checker").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"verified\","
                + "\"rationale\":\"Pressekonferenz\",\"sources\":[{\"url\":\"https://www.nato.int/\",\"title\":\"Nato\"}]}");
        assertEquals(200, rated.status(), rated.toString());
        assertEquals("verified", rated.json().getString("verdict"));
        assertEquals("checker", rated.json().getString("checkedBy"));
        assertEquals(1, rated.json().getInt("checkedRevision"));

        assertEquals(200, save(id, 1, BODY.replace("sehr nützlich", "äußerst nützlich")).status());
        JsonObject changed = only(id);
        assertEquals("modified", changed.getJsonObject("anchor").getString("status"), changed.toString());
        assertTrue(changed.getJsonObject("anchor").getString("text").contains("äußerst nützlich"), changed.toString());
        assertTrue(changed.getBoolean("needsRecheck"));

        assertEquals(200, save(id, 2, BODY).status());
        JsonObject back = only(id);
        assertEquals("intact", back.getJsonObject("anchor").getString("status"));
        assertFalse(back.getBoolean("needsRecheck"), "the exact rated text is back: valid again");

        assertEquals(200, save(id, 3, "Die Nato hat 30 Mitglieder.").status());
        JsonObject gone = only(id);
        assertEquals("orphaned", gone.getJsonObject("anchor").getString("status"));
        assertTrue(gone.getBoolean("needsRecheck"));

        List<String> actions = new ArrayList<>();
        Api.demo("editor").get("api/audit?story=" + id + "&size=20").json().getJsonArray("items")
                .forEach(e -> actions.add(e.asJsonObject().getString("action")));
        assertTrue(actions.containsAll(List.of("claim.created", "claim.rated")), actions.toString());
    }

    @Test
    void contextChoosesAmongDuplicatesAndAmbiguityIs422() {
        String id = story(BODY);
        Api.Reply ambiguous = Api.demo("checker").post("api/stories/" + id + "/claims", "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}");
        assertEquals(422, ambiguous.status(), ambiguous.toString());
        assertTrue(ambiguous.json().getJsonArray("errors").toString().contains("quote"));
        Api.Reply missing = Api.demo("checker").post("api/stories/" + id + "/claims", "{\"quote\":\"steht nicht im Text\"}");
        assertEquals(422, missing.status());
        assertEquals(422, Api.demo("checker").post("api/stories/" + id + "/claims", "{\"note\":\"ohne Zitat\"}").status());

        int second = BODY.replace("\\n", "\n").lastIndexOf("Die Nato hat 30 Mitglieder.");
        JsonObject claim = mark(id, "{\"quote\":\"Die Nato hat 30 Mitglieder.\",\"start\":" + second + "}");
        assertEquals(second, claim.getJsonObject("anchor").getInt("start"));
        JsonObject byContext = mark(id, "{\"quote\":\"30 Mitglieder\",\"prefix\":\"„sehr nützlich“.\\n\\nDie Nato hat \"}");
        assertEquals(second + "Die Nato hat ".length(), byContext.getJsonObject("anchor").getInt("start"));
    }

    @Test
    void rolesAndValidationOfVerdictsResolutionsAndComments() {
        String id = story(BODY);
        assertEquals(403, Api.demo("reporter").post("api/stories/" + id + "/claims", "{\"quote\":\"sehr nützlich\"}").status());
        String claimId = mark(id, "{\"quote\":\"sehr nützlich\"}").getString("id");
        assertEquals(403, Api.demo("editor").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"verified\"}").status());
        assertEquals(422, Api.demo("checker").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"wahr\"}").status());
        Api.Reply badUrl = Api.demo("checker").put("api/claims/" + claimId + "/verdict",
                "{\"verdict\":\"false\",\"sources\":[{\"url\":\"javascript:alert(1)\"}]}");
        assertEquals(422, badUrl.status());
        assertTrue(badUrl.json().getJsonArray("errors").toString().contains("sources[0].url"));
        assertEquals(404, Api.demo("checker").put("api/claims/00000000-0000-0000-0000-000000000000/verdict",
                "{\"verdict\":\"verified\"}").status());
        assertEquals(409, Api.demo("editor").post("api/claims/" + claimId + "/resolution", "{\"text\":\"korrigiert\"}").status(),
                "an unchecked claim needs no resolution");

        assertEquals(200, Api.demo("checker").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"verified\"}").status());
        assertEquals(200, Api.demo("checker").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"misleading\","
                + "\"rationale\":\"Zitat verkürzt\"}").status());
        JsonArray history = Api.demo("editor").send(Api.demo("editor").request("api/claims/" + claimId + "/verdicts")
                .GET()).jsonArray();
        assertEquals(2, history.size(), "every rating is kept");
        assertEquals("verified", history.getJsonObject(0).getString("verdict"));
        assertEquals("misleading", history.getJsonObject(1).getString("verdict"));
        assertEquals(403, Api.demo("checker").post("api/claims/" + claimId + "/resolution", "{\"text\":\"x\"}").status());
        Api.Reply resolved = Api.demo("chief").post("api/claims/" + claimId + "/resolution", "{\"text\":\"Kontext ergänzt\"}");
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals("Kontext ergänzt", resolved.json().getString("resolution"));

        Api.Reply comment = Api.demo("reporter").post("api/claims/" + claimId + "/comments", "{\"text\":\"Quelle?\"}");
        assertEquals(201, comment.status(), comment.toString());
        String parent = comment.json().getJsonArray("comments").getJsonObject(0).getString("id");
        Api.Reply reply = Api.demo("checker").post("api/claims/" + claimId + "/comments",
                "{\"text\":\"Pressekonferenz, Minute 12\",\"parentId\":\"" + parent + "\"}");
        assertEquals(201, reply.status());
        JsonArray thread = reply.json().getJsonArray("comments");
        assertEquals(2, thread.size());
        assertEquals(parent, thread.getJsonObject(1).getString("parentId"));
        assertEquals(422, Api.demo("checker").post("api/claims/" + claimId + "/comments",
                "{\"text\":\"Antwort\",\"parentId\":\"kein-kommentar\"}").status());
        assertEquals(422, Api.demo("checker").post("api/claims/" + claimId + "/comments", "{\"text\":\" \"}").status());
        assertEquals(400, Api.demo("checker").post("api/claims/" + claimId + "/comments", "{\"text\": ").status());
    }

    @Test
    void candidatesOnTheSampleIncludeYearsDateAndQuotes() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of(System.getProperty("newsdesk.samples"),
                "dlf-nato-russland-rat-2022-01-12.txt"));
        Api reporter = Api.demo("reporter");
        String id = reporter.send(reporter.request("api/stories/import").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample))).json().getString("id");
        JsonArray candidates = reporter.send(reporter.request("api/stories/" + id + "/claim-candidates").GET()).jsonArray();
        String all = candidates.toString();
        assertTrue(all.contains("2002") && all.contains("Juli 2019"), all);
        assertTrue(all.contains("\"quote\""), all);
        JsonObject sourceNote = candidates.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("sourceNote")).findFirst().orElseThrow();
        assertTrue(sourceNote.getString("text").contains("12.01.2022"));
        assertTrue(sourceNote.getJsonArray("reasons").toString().contains("date"));
        assertTrue(sourceNote.isNull("start") && sourceNote.isNull("end"), "not in the canonical text: no offsets");
        JsonObject story = reporter.get("api/stories/" + id).json();
        assertEquals(sourceNote.getString("text"), story.getString("sourceNote")
                .substring(sourceNote.getInt("fieldStart"), sourceNote.getInt("fieldEnd")));
        String text = story.getString("bodyText");
        List<JsonObject> body = candidates.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("body")).toList();
        assertTrue(body.size() >= 3, all);
        for (JsonObject hint : body) {
            assertEquals(text.substring(hint.getInt("start"), hint.getInt("end")), hint.getString("text"),
                    "body hints are located in the canonical text");
        }
    }

    @Test
    void claimsAreExportedAsWebAnnotationsAndClaimReviews() {
        String id = story(BODY);
        String claimId = mark(id, "{\"quote\":\"sehr nützlich\",\"note\":\"Zitat\"}").getString("id");
        mark(id, "{\"quote\":\"Russland\",\"prefix\":\"\"}".replace("Russland", "Stoltenberg"));
        assertEquals(200, Api.demo("checker").put("api/claims/" + claimId + "/verdict",
                "{\"verdict\":\"false\",\"rationale\":\"Er sagte: nützlich\"}").status());

        Api.Reply annotations = Api.demo("reporter").get("api/stories/" + id + "/annotations");
        assertEquals(200, annotations.status(), annotations.toString());
        assertTrue(annotations.header("Content-Type").startsWith("application/ld+json"));
        JsonObject collection = annotations.json();
        assertEquals("AnnotationCollection", collection.getString("type"));
        assertEquals(2, collection.getInt("total"));
        JsonObject first = collection.getJsonObject("first").getJsonArray("items").getJsonObject(0);
        assertEquals("Annotation", first.getString("type"));
        assertTrue(first.getString("id").endsWith("/api/claims/" + claimId));
        JsonArray selectors = first.getJsonObject("target").getJsonArray("selector");
        assertEquals("sehr nützlich", selectors.getJsonObject(0).getString("exact"));
        assertEquals("TextPositionSelector", selectors.getJsonObject(1).getString("type"));

        Api.Reply reviews = Api.demo("reporter").get("api/stories/" + id + "/claimreview");
        assertEquals(200, reviews.status());
        JsonArray graph = reviews.json().getJsonArray("@graph");
        assertEquals(1, graph.size(), "only the rated claim");
        assertEquals("false", graph.getJsonObject(0).getJsonObject("reviewRating").getString("alternateName"));
        assertTrue(graph.getJsonObject(0).getJsonObject("itemReviewed").getJsonObject("appearance").getString("url")
                .endsWith("/api/stories/" + id));
        assertTrue(reviews.header("Content-Type").startsWith("application/ld+json"), reviews.header("Content-Type"));
    }

    /** Both selectors of an exported claim select the same text of the revision its target names. */
    @Test
    void exportedSelectorsAgreeForModifiedAndOrphanedClaims() {
        String id = story("Die Nato hat 30 Mitglieder.\\n\\nDas Treffen dauerte vier Stunden.");
        String modified = mark(id, "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}").getString("id");
        String orphaned = mark(id, "{\"quote\":\"Das Treffen dauerte vier Stunden.\"}").getString("id");
        assertEquals(200, save(id, 1, "Die Nato hat 32 Mitglieder.").status());

        JsonArray items = Api.demo("reporter").get("api/stories/" + id + "/annotations").json()
                .getJsonObject("first").getJsonArray("items");
        for (JsonObject annotation : items.getValuesAs(JsonObject.class)) {
            JsonObject target = annotation.getJsonObject("target");
            String source = target.getString("source");
            assertTrue(target.getString("scope").endsWith("/api/stories/" + id), target.toString());
            String revision = source.substring(source.indexOf("/api/") + 1);
            String text = Api.demo("reporter").get(revision).json().getString("bodyText");
            JsonObject quote = target.getJsonArray("selector").getJsonObject(0);
            JsonObject position = target.getJsonArray("selector").getJsonObject(1);
            assertEquals("TextQuoteSelector", quote.getString("type"));
            assertEquals("TextPositionSelector", position.getString("type"));
            assertEquals(quote.getString("exact"), text.substring(position.getInt("start"), position.getInt("end")),
                    "both selectors select the same text in " + source);
            assertTrue(text.substring(0, position.getInt("start")).endsWith(quote.getString("prefix")));
            if (annotation.getString("id").endsWith(modified)) {
                assertTrue(source.endsWith("/revisions/2"), "a modified claim is where it is now: " + source);
                assertEquals("Die Nato hat 32 Mitglieder.", quote.getString("exact"));
            } else {
                assertTrue(annotation.getString("id").endsWith(orphaned));
                assertTrue(source.endsWith("/revisions/1"), "an orphaned claim is where it was marked: " + source);
                assertEquals("Das Treffen dauerte vier Stunden.", quote.getString("exact"));
            }
        }
        assertEquals(2, items.size());
    }

    /** API.md: a rated claim that is not intact needs a re-check "until it is rated again" — orphaned ones too. */
    @Test
    void anOrphanedClaimCanBeRatedAgainAndThenNeedsNoRecheckUntilItsPassageComesBack() {
        String id = story("Die Nato hat 30 Mitglieder.\\n\\nDas Treffen war kurz.");
        String claimId = mark(id, "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}").getString("id");
        assertEquals(200, Api.demo("checker").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"verified\"}").status());
        assertEquals(200, save(id, 1, "Das Treffen war kurz.").status());
        JsonObject gone = only(id);
        assertEquals("orphaned", gone.getJsonObject("anchor").getString("status"));
        assertTrue(gone.getJsonObject("anchor").isNull("start"), "an orphaned claim has no offsets");
        assertTrue(gone.getBoolean("needsRecheck"));

        Api.Reply rerated = Api.demo("checker").put("api/claims/" + claimId + "/verdict",
                "{\"verdict\":\"unverifiable\",\"rationale\":\"Satz gestrichen\"}");
        assertEquals(200, rerated.status(), rerated.toString());
        assertFalse(rerated.json().getBoolean("needsRecheck"));
        assertEquals("unverifiable", rerated.json().getString("verdict"));
        assertEquals(2, rerated.json().getInt("checkedRevision"));
        assertEquals("Die Nato hat 30 Mitglieder.", rerated.json().getString("quote"), "keeps its last wording");

        assertEquals(200, save(id, 2, "Die Nato hat 31 Mitglieder.\\n\\nDas Treffen war kurz.").status());
        JsonObject back = only(id);
        assertEquals("modified", back.getJsonObject("anchor").getString("status"));
        assertTrue(back.getBoolean("needsRecheck"), "its passage came back with another wording");
    }

    /** A reporter saving while checkers rate: nobody gets an error, every rating is kept, the claim follows the save. */
    @Test
    void parallelRatingsAndASaveAllSucceed() throws Exception {
        String id = story("Die Nato hat 30 Mitglieder.\\n\\nDas Treffen war kurz.");
        String claimId = mark(id, "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}").getString("id");
        int ratings = 10;
        ExecutorService pool = Executors.newFixedThreadPool(ratings + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < ratings; i++) {
                String rating = "{\"verdict\":\"verified\",\"rationale\":\"Prüfung " + i + "\"}";
                calls.add(pool.submit(() -> {
                    start.await();
                    return Api.demo("checker").put("api/claims/" + claimId + "/verdict", rating).status();
                }));
            }
            calls.add(pool.submit(() -> {
                start.await();
                return save(id, 1, "Die Nato hat 30 Mitglieder.\\n\\nDas Treffen war sehr kurz.").status();
            }));
            start.countDown();
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        JsonArray history = Api.demo("checker").get("api/claims/" + claimId + "/verdicts").jsonArray();
        assertEquals(ratings, history.size(), "every rating is kept");
        JsonObject claim = only(id);
        assertEquals("intact", claim.getJsonObject("anchor").getString("status"));
        assertFalse(claim.getBoolean("needsRecheck"));
    }

    @Test
    void theContractsErrorsForClaims() {
        String id = story(BODY);
        Api.Reply anonymous = Api.anonymous().get("api/stories/" + id + "/claims");
        assertEquals(401, anonymous.status());
        assertEquals("Basic realm=\"newsdesk\"", anonymous.header("WWW-Authenticate"));

        Api.Reply ambiguous = Api.demo("checker").post("api/stories/" + id + "/claims", "{\"quote\":\"Die Nato\"}");
        assertEquals(422, ambiguous.status());
        assertTrue(ambiguous.header("Content-Type").startsWith("application/problem+json"), ambiguous.toString());
        JsonObject problem = ambiguous.json();
        assertEquals(422, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertTrue(problem.containsKey("type"));
        assertEquals("quote", problem.getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject bySuffix = mark(id, "{\"quote\":\"Die Nato hat 30 Mitglieder.\",\"suffix\":\"\\n\\nStoltenberg\"}");
        assertEquals(0, bySuffix.getJsonObject("anchor").getInt("start"), "the suffix chose the first occurrence");
        JsonObject byPrefix = mark(id, "{\"quote\":\"Die Nato hat 30 Mitglieder.\",\"prefix\":\"“.\\n\\n\"}");
        assertTrue(byPrefix.getJsonObject("anchor").getInt("start") > 0, "the prefix chose the last occurrence");
        assertEquals(422, Api.demo("checker").post("api/stories/" + id + "/claims",
                "{\"quote\":\"Die Nato hat 30 Mitglieder.\",\"prefix\":\"nirgends\"}").status());
        assertEquals(400, Api.demo("checker").post("api/stories/" + id + "/claims",
                "{\"quote\":\"sehr\",\"start\":\"x\"}").status());
        Api checker = Api.demo("checker");
        assertEquals(415, checker.send(checker.request("api/stories/" + id + "/claims")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("sehr"))).status());
        assertEquals(404, checker.post("api/stories/00000000-0000-0000-0000-000000000000/claims",
                "{\"quote\":\"sehr\"}").status());
        for (String path : List.of("claims", "claim-candidates", "annotations", "claimreview")) {
            assertEquals(404, checker.get("api/stories/kein-beitrag/" + path).status(), path);
        }
        assertEquals(404, checker.post("api/claims/kein-claim/comments", "{\"text\":\"x\"}").status());
        assertEquals(404, Api.demo("editor").post("api/claims/kein-claim/resolution", "{\"text\":\"x\"}").status());

        assertEquals(201, Api.demo("editor").post("api/stories/" + id + "/claims", "{\"quote\":\"sehr nützlich\"}").status(),
                "editors mark claims too");
        assertEquals(403, Api.demo("chief").post("api/stories/" + id + "/claims", "{\"quote\":\"Stoltenberg\"}").status());
        assertEquals(403, Api.demo("admin").post("api/stories/" + id + "/claims", "{\"quote\":\"Stoltenberg\"}").status());

        String claimId = bySuffix.getString("id");
        Api.Reply badSource = checker.put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"false\","
                + "\"sources\":[{\"url\":\"https://www.nato.int/\",\"accessed\":\"gestern\"}]}");
        assertEquals(422, badSource.status());
        assertEquals("sources[0].accessed", badSource.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply rated = checker.put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"false\",\"rationale\":\"32\","
                + "\"sources\":[{\"url\":\"http://example.org/nato\",\"title\":\"Liste\",\"accessed\":\"2026-11-27\"}]}");
        assertEquals(200, rated.status(), rated.toString());
        JsonObject source = rated.json().getJsonArray("sources").getJsonObject(0);
        assertEquals("http://example.org/nato", source.getString("url"));
        assertEquals("Liste", source.getString("title"));
        assertEquals("2026-11-27", source.getString("accessed"));
        assertEquals("32", rated.json().getString("rationale"));
        assertTrue(rated.json().getString("checkedAt").endsWith("Z"), rated.json().getString("checkedAt"));

        Api.Reply resolved = Api.demo("editor").post("api/claims/" + claimId + "/resolution", "{\"text\":\"Korrigiert\"}");
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals(201, Api.demo("reporter").post("api/claims/" + claimId + "/comments", "{\"text\":\"Danke\"}").status());
        JsonArray events = Api.demo("editor").get("api/audit?story=" + id + "&size=200").json().getJsonArray("items");
        for (String action : List.of("claim.resolved", "claim.commented")) {
            assertEquals(1, events.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("action").equals(action) && e.getString("entityId").equals(claimId)).count(),
                    "exactly one " + action + " event");
        }
    }
}
