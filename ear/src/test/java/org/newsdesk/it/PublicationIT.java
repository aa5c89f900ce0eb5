package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publication: the sample's whole way to ninjs, embargoes published by the server, corrections, the feed. */
@ExtendWith(ArquillianExtension.class)
class PublicationIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static String importSample() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of(System.getProperty("newsdesk.samples"),
                "dlf-nato-russland-rat-2022-01-12.txt"));
        Api reporter = Api.demo("reporter");
        Api.Reply imported = reporter.send(reporter.request("api/stories/import?desk=Nachrichten")
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample)));
        assertEquals(201, imported.status(), imported.toString());
        return imported.json().getString("id");
    }

    /** Submitted, one claim marked and rated, checked and approved: ready to publish. */
    private static void approve(String id) {
        Stories.ok("reporter", id, "submit");
        JsonObject hint = Api.demo("checker").get("api/stories/" + id + "/claim-candidates").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(h -> !h.isNull("start")).findFirst().orElseThrow();
        Api.Reply marked = Api.demo("checker").post("api/stories/" + id + "/claims", "{\"quote\":"
                + jakarta.json.Json.createValue(hint.getString("text")) + ",\"start\":" + hint.getInt("start") + "}");
        assertEquals(201, marked.status(), marked.toString());
        assertEquals(200, Api.demo("checker").put("api/claims/" + marked.json().getString("id") + "/verdict",
                "{\"verdict\":\"verified\",\"sources\":[{\"url\":\"https://www.deutschlandfunk.de/\",\"title\":\"DLF\"}]}")
                .status());
        Stories.ok("checker", id, "complete-check");
        Stories.ok("chief", id, "approve");
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void theImportedSampleIsPublishedAsValidNinjs() throws Exception {
        String id = importSample();
        assertEquals(409, Api.demo("editor").get("api/stories/" + id + "/ninjs").status(), "a draft is not delivered");
        approve(id);
        Api.Reply published = Stories.act("editor", id, "publish", null);
        assertEquals(200, published.status(), published.toString());
        assertEquals("PUBLISHED", published.json().getString("state"));

        Api.Reply ninjs = Api.demo("checker").get("api/stories/" + id + "/ninjs");
        assertEquals(200, ninjs.status(), ninjs.toString());
        assertEquals(Set.of(), NinjsSchema.violations(ninjs.body()), ninjs.body());
        JsonObject doc = ninjs.json();
        JsonObject story = Stories.get(id);
        assertTrue(doc.getString("uri").endsWith("/api/stories/" + id));
        assertEquals(String.valueOf(story.getInt("revision")), doc.getString("version"));
        assertEquals("usable", doc.getString("pubStatus"));
        assertEquals("de", doc.getString("language"));
        assertEquals(story.getString("headline"), doc.getJsonArray("headlines").getJsonObject(0).getString("value"));
        assertTrue(doc.getJsonArray("bodies").toString().contains("Stoltenberg"));
        assertTrue(doc.getJsonArray("infoSources").getJsonObject(0).getString("name").contains("gesendet"),
                "the source note");
        assertTrue(doc.getJsonArray("associations").toString().contains(story.getString("credit")),
                "the picture's credit");
        assertEquals("Fact-check: 1 verified",
                doc.getJsonArray("trustIndicators").getJsonObject(0).getString("title"));

        JsonObject list = Api.demo("reporter").get("api/published?since=" + Instant.now().minusSeconds(600)
                + "&size=5").json();
        assertEquals(doc.getString("uri"), list.getJsonArray("items").getJsonObject(0).getString("uri"),
                "newest first");
        assertTrue(list.getInt("total") >= 1);
        assertEquals(0, Api.demo("reporter").get("api/published?since=" + Instant.now().plusSeconds(600))
                .json().getInt("total"));
        assertEquals(400, Api.demo("reporter").get("api/published?since=gestern").status());
    }

    @Test
    void theSeedStoryIsValidNinjsAfterItsPublication() {
        String headline = "Nato-Russland-Rat: Stoltenberg sieht Bereitschaft zum Dialog";
        JsonObject seed = Api.demo("editor").get("api/stories?q=Bereitschaft&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("headline").equals(headline))
                .findFirst().orElseThrow(() -> new AssertionError("the demo story of the first start"));
        String id = seed.getString("id");
        approve(id);
        Stories.ok("editor", id, "publish");

        Api.Reply ninjs = Api.demo("reporter").get("api/stories/" + id + "/ninjs");
        assertEquals(200, ninjs.status(), ninjs.toString());
        assertEquals(Set.of(), NinjsSchema.violations(ninjs.body()), ninjs.body());
        JsonObject doc = ninjs.json();
        assertEquals("3", doc.getString("version"), "the seed's third revision");
        assertEquals("Nato und Russland", doc.getJsonArray("headlines").getJsonObject(1).getString("value"));
        assertEquals("subhead", doc.getJsonArray("headlines").getJsonObject(1).getString("role"));
        assertEquals("Deutschlandfunk", doc.getString("by"));
        assertEquals(List.of("Nato", "Russland", "Ukraine"), doc.getJsonArray("subjects").getValuesAs(JsonObject.class)
                .stream().map(subject -> subject.getString("name")).toList());
    }

    @Test
    void theFeedListsPublishedStoriesForAnyFeedReader() throws Exception {
        String id = Stories.inState("PUBLISHED", "Feed <Nato> & Russland");
        Document[] feed = new Document[1];
        await("the feed lists the story", Duration.ofSeconds(30), () -> {
            Api.Reply reply = Api.anonymous().get("feeds/published.atom");
            assertEquals(200, reply.status(), "public, without a login");
            assertTrue(reply.header("Content-Type").startsWith("application/atom+xml"));
            feed[0] = parse(reply.body());
            return reply.body().contains("urn:uuid:" + id);
        });
        Element root = feed[0].getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 1);
        boolean found = false;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (text(entry, "id").equals("urn:uuid:" + id)) {
                found = true;
                assertEquals("Feed <Nato> & Russland", text(entry, "title"));
                assertFalse(text(entry, "updated").isBlank());
                assertTrue(text(entry, "content").contains("Stoltenberg"));
            }
        }
        assertTrue(found);
    }

    @Test
    void aFutureEmbargoSchedulesTheStoryAndTheServerPublishesItOnce() throws Exception {
        Instant embargo = Instant.now().plusSeconds(8);
        String id = Stories.create("reporter", "Sperrfrist", embargo);
        Stories.ok("reporter", id, "submit");
        Stories.ok("checker", id, "complete-check");
        Stories.ok("chief", id, "approve");
        Api.Reply scheduled = Stories.act("editor", id, "publish", null);
        assertEquals(200, scheduled.status(), scheduled.toString());
        assertEquals("SCHEDULED", scheduled.json().getString("state"));
        assertEquals(409, Api.demo("editor").get("api/stories/" + id + "/ninjs").status());

        await("the server published the story", Duration.ofSeconds(40),
                () -> Stories.get(id).getString("state").equals("PUBLISHED"));
        JsonArray history = Api.demo("editor").get("api/stories/" + id + "/workflow").json().getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("publish-scheduled", last.getString("action"));
        assertEquals("system", last.getString("actor"));
        assertFalse(Instant.parse(last.getString("at")).isBefore(embargo), "not before the embargo");
        JsonArray events = Api.demo("editor").get("api/audit?story=" + id + "&action=workflow.published-scheduled")
                .json().getJsonArray("items");
        assertEquals(1, events.size(), "published exactly once");
        assertFalse(events.getJsonObject(0).getJsonObject("details").getBoolean("atStartup"));
        String ninjs = Api.demo("editor").get("api/stories/" + id + "/ninjs").body();
        assertEquals(Set.of(), NinjsSchema.violations(ninjs), ninjs);
        assertTrue(ninjs.contains("\"embargoedUntil\""), ninjs);
    }

    @Test
    void aStoryWhoseEmbargoPassedWhileTheServerWasDownIsPublishedAtStartUp() throws Exception {
        Instant embargo = Instant.now().plusSeconds(20);
        String id = Stories.create("reporter", "Verpasste Sperrfrist", embargo);
        Stories.ok("reporter", id, "submit");
        Stories.ok("checker", id, "complete-check");
        Stories.ok("chief", id, "approve");
        assertEquals("SCHEDULED", Stories.act("editor", id, "publish", null).json().getString("state"));

        String application = Payara.application();
        Payara.asadmin("disable", application);
        try {
            await("the embargo passed while Newsdesk was down", Duration.ofSeconds(60),
                    () -> Instant.now().isAfter(embargo.plusSeconds(1)));
        } finally {
            Payara.asadmin("enable", application);
        }
        await("Newsdesk is back", Duration.ofSeconds(120), () -> Api.anonymous().get("health").status() == 200);
        await("the story was published at start-up", Duration.ofSeconds(60),
                () -> Stories.get(id).getString("state").equals("PUBLISHED"));
        JsonArray events = Api.demo("editor").get("api/audit?story=" + id + "&action=workflow.published-scheduled")
                .json().getJsonArray("items");
        assertEquals(1, events.size());
        JsonObject details = events.getJsonObject(0).getJsonObject("details");
        assertTrue(details.getBoolean("atStartup"), details.toString());
        assertTrue(details.getString("comment").contains("while the server was down"), details.toString());
    }

    @Test
    void aCorrectedStoryIsRepublishedWithItsCorrection() throws Exception {
        String id = Stories.inState("PUBLISHED", "Korrektur");
        Api.Reply reopened = Stories.act("editor", id, "reopen", "Die Nato hat 30, nicht 32 Mitglieder");
        assertEquals(200, reopened.status(), reopened.toString());
        assertEquals("DRAFT", reopened.json().getString("state"));
        assertEquals(409, Api.demo("editor").get("api/stories/" + id + "/ninjs").status());
        assertEquals(200, Stories.save(Api.demo("reporter"), id, Stories.json("Korrektur", null)
                .replace("Die Nato hat 30 Mitglieder.", "Die Nato hat 30 Mitglieder (korrigiert).")).status());
        for (String[] step : List.of(new String[] {"reporter", "submit"}, new String[] {"checker", "complete-check"},
                new String[] {"chief", "approve"}, new String[] {"editor", "publish"})) {
            Stories.ok(step[0], id, step[1]);
        }
        Api.Reply ninjs = Api.demo("editor").get("api/stories/" + id + "/ninjs");
        assertEquals(Set.of(), NinjsSchema.violations(ninjs.body()), ninjs.body());
        assertEquals("Correction: Die Nato hat 30, nicht 32 Mitglieder", ninjs.json().getString("edNote"));
        assertEquals("2", ninjs.json().getString("version"));
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }
}
