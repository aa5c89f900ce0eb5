package org.newsdesk.workflow.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ninjs documents of published stories against the IPTC's ninjs 3.1 schema (src/test/resources/iptc-ninjs, copied
 * from the IPTC's repository with its licence), validated as JSON Schema 2020-12 with format checks on.
 */
class NinjsTest {

    private static final String STORY_URI = "https://newsdesk.example/api/stories/s-42";
    private static final String REVIEWS_URI = "https://newsdesk.example/api/stories/s-42/claim-reviews";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema NINJS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("http://www.iptc.org/std/ninjs/",
                            "classpath:iptc-ninjs/")))
            .getSchema(SchemaLocation.of("http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private static PublishedStory rich() {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        verdicts.put("false", 1);
        verdicts.put("verified", 3);
        verdicts.put("unverifiable", 0);
        return new PublishedStory("s-42", 7, "Bürgermeisterin nennt Brückenplan „unverzichtbar“", "Stadtrat Köln",
                "Der Rat stimmt über 21 Millionen Euro für die Rheinbrücke ab.", "Von Jörg Müller", "de",
                List.of("Verkehr", "Öl & Gas", "Köln", "Verkehr"),
                "<p>Die Bürgermeisterin sagte: „Wir bauen.“</p><p>Größer wird's nicht.</p>",
                "Die Bürgermeisterin sagte: „Wir bauen.“\n\nGrößer wird's nicht.",
                "Die Rheinbrücke am Morgen.", "Foto: Anna Schäfer/Newsdesk", "Angaben der Stadt Köln; eigene Recherche",
                Instant.parse("2026-11-27T09:15:00Z"), Instant.parse("2026-11-28T16:45:12.345678Z"),
                Instant.parse("2026-11-29T06:00:00Z"), Instant.parse("2026-11-29T06:00:00Z"),
                "In einer früheren Fassung stand 12 statt 21 Millionen Euro.", verdicts);
    }

    private static PublishedStory minimal() {
        return new PublishedStory("s-1", 1, "Kurz", null, null, null, "de", List.of(), "<p>Text</p>", "Text", null,
                null, null, null, null, null, null, null, Map.of());
    }

    private static JsonNode ninjs(PublishedStory story) throws Exception {
        JsonObject document = Ninjs.document(story, STORY_URI, REVIEWS_URI);
        return JSON.readTree(document.toString());
    }

    private static Set<ValidationMessage> violations(JsonNode document) {
        return NINJS.validate(document);
    }

    @Test
    void aRichStoryIsValidNinjs() throws Exception {
        assertEquals(Set.of(), violations(ninjs(rich())));
    }

    @Test
    void aMinimalStoryIsValidNinjs() throws Exception {
        assertEquals(Set.of(), violations(ninjs(minimal())));
    }

    @Test
    void theSchemaRejectsDocumentsThatBreakIt() throws Exception {
        ObjectNode badStatus = (ObjectNode) ninjs(rich());
        badStatus.put("pubStatus", "bogus");
        assertRejected(badStatus, "/pubStatus: does not have a value in the enumeration");

        ObjectNode badHeadlines = (ObjectNode) ninjs(rich());
        badHeadlines.put("headlines", "Kurz");
        assertRejected(badHeadlines, "/headlines: string found, array expected");

        ObjectNode unknown = (ObjectNode) ninjs(minimal());
        unknown.put("kicker", "Stadtrat");
        assertRejected(unknown, "property 'kicker' is not evaluated");

        ObjectNode anonymousPicture = (ObjectNode) ninjs(rich());
        ((ObjectNode) anonymousPicture.path("associations").get(0)).remove("uri");
        assertRejected(anonymousPicture, "/associations/0: required property 'uri' not found");

        ObjectNode badTime = (ObjectNode) ninjs(minimal());
        badTime.put("versionCreated", "yesterday");
        assertRejected(badTime, "/versionCreated: does not match the date-time pattern");
    }

    /** The document fails validation, and for the reason given (not for some other one). */
    private static void assertRejected(JsonNode document, String reason) {
        List<String> messages = violations(document).stream().map(ValidationMessage::getMessage).toList();
        assertTrue(messages.stream().anyMatch(message -> message.contains(reason)), reason + " in " + messages);
    }

    @Test
    void aRichStoryCarriesHeadlinesBodiesAndDates() throws Exception {
        JsonNode doc = ninjs(rich());
        assertEquals(List.of(), nulls(doc, "$"));
        assertEquals(STORY_URI, doc.path("uri").asText());
        assertEquals("text", doc.path("type").asText());
        assertEquals("text-photo", doc.path("profile").asText());
        assertEquals("7", doc.path("version").asText());
        assertEquals("usable", doc.path("pubStatus").asText());
        assertEquals("de", doc.path("language").asText());
        assertEquals("2026-11-27T09:15:00Z", doc.path("firstCreated").asText());
        assertEquals("2026-11-28T16:45:12Z", doc.path("versionCreated").asText());
        assertEquals("2026-11-29T06:00:00Z", doc.path("embargoedUntil").asText());
        assertEquals("Von Jörg Müller", doc.path("by").asText());

        JsonNode headlines = doc.path("headlines");
        assertEquals(2, headlines.size());
        assertEquals("main", headlines.get(0).path("role").asText());
        assertEquals("Bürgermeisterin nennt Brückenplan „unverzichtbar“", headlines.get(0).path("value").asText());
        assertEquals("subhead", headlines.get(1).path("role").asText());
        assertEquals("Stadtrat Köln", headlines.get(1).path("value").asText());

        JsonNode bodies = doc.path("bodies");
        assertEquals(2, bodies.size());
        assertEquals("text/html", bodies.get(0).path("contentType").asText());
        assertEquals("<p>Die Bürgermeisterin sagte: „Wir bauen.“</p><p>Größer wird's nicht.</p>",
                bodies.get(0).path("value").asText());
        assertEquals("text/plain", bodies.get(1).path("contentType").asText());
        assertEquals("Die Bürgermeisterin sagte: „Wir bauen.“\n\nGrößer wird's nicht.",
                bodies.get(1).path("value").asText());
    }

    @Test
    void tagsBecomeSubjectsWithBaseIndependentTagUris() throws Exception {
        JsonNode subjects = ninjs(rich()).path("subjects");
        assertEquals(3, subjects.size(), "the repeated tag once");
        assertEquals("Verkehr", subjects.get(0).path("name").asText());
        assertEquals("tag:newsdesk,2026:subject/Verkehr", subjects.get(0).path("uri").asText());
        assertEquals("Öl & Gas", subjects.get(1).path("name").asText());
        assertEquals("tag:newsdesk,2026:subject/%C3%96l%20%26%20Gas", subjects.get(1).path("uri").asText());
        assertEquals("tag:newsdesk,2026:subject/K%C3%B6ln", subjects.get(2).path("uri").asText());
    }

    @Test
    void thePictureIsAnAssociationWithCaptionAndCredit() throws Exception {
        JsonNode associations = ninjs(rich()).path("associations");
        assertEquals(1, associations.size());
        JsonNode picture = associations.get(0);
        assertEquals("picture", picture.path("name").asText());
        assertEquals("picture", picture.path("type").asText());
        assertEquals(STORY_URI + "#picture", picture.path("uri").asText());
        assertEquals("caption", picture.path("descriptions").get(0).path("role").asText());
        assertEquals("Die Rheinbrücke am Morgen.", picture.path("descriptions").get(0).path("value").asText());
        assertEquals("Foto: Anna Schäfer/Newsdesk", picture.path("by").asText());
    }

    @Test
    void teaserCorrectionAndSourcesTravelToReadersAndDesk() throws Exception {
        JsonNode doc = ninjs(rich());
        JsonNode descriptions = doc.path("descriptions");
        assertEquals(2, descriptions.size());
        assertEquals("teaser", descriptions.get(0).path("role").asText());
        assertEquals("Der Rat stimmt über 21 Millionen Euro für die Rheinbrücke ab.",
                descriptions.get(0).path("value").asText());
        assertEquals("correction", descriptions.get(1).path("role").asText());
        assertEquals("In einer früheren Fassung stand 12 statt 21 Millionen Euro.",
                descriptions.get(1).path("value").asText());
        assertEquals("Correction: In einer früheren Fassung stand 12 statt 21 Millionen Euro.",
                doc.path("edNote").asText());

        JsonNode sources = doc.path("infoSources");
        assertEquals(1, sources.size());
        assertEquals("Angaben der Stadt Köln; eigene Recherche", sources.get(0).path("name").asText());
        assertEquals(Ninjs.CONTENT_SOURCE, sources.get(0).path("role").asText());
    }

    @Test
    void claimVerdictsBecomeAFactCheckTrustIndicator() throws Exception {
        JsonNode indicators = ninjs(rich()).path("trustIndicators");
        assertEquals(1, indicators.size());
        assertEquals("Fact-check: 3 verified, 1 false", indicators.get(0).path("title").asText());
        assertEquals(REVIEWS_URI, indicators.get(0).path("href").asText());
        assertEquals(Ninjs.PIECE_OF_WORK, indicators.get(0).path("role").asText());
    }

    @Test
    void verdictsAreSummarisedMostFrequentFirstThenByLabel() {
        assertEquals("4 misleading, 2 false, 2 verified",
                Ninjs.verdictSummary(Map.of("verified", 2, "false", 2, "misleading", 4, "unverifiable", 0)));
        assertEquals("", Ninjs.verdictSummary(Map.of()));
    }

    @Test
    void aMinimalStoryLeavesAbsentValuesOut() throws Exception {
        JsonNode doc = ninjs(minimal());
        for (String absent : List.of("embargoedUntil", "firstCreated", "versionCreated", "by", "descriptions",
                "edNote", "subjects", "infoSources", "associations", "trustIndicators")) {
            assertTrue(doc.path(absent).isMissingNode(), absent + " should be left out");
        }
        assertEquals("text-only", doc.path("profile").asText());
        assertEquals(1, doc.path("headlines").size(), "no kicker, no subhead");
        assertEquals(List.of(), nulls(doc, "$"));
    }

    @Test
    void anEmbargoIsOnlyWrittenWhenSet() throws Exception {
        assertTrue(ninjs(rich()).has("embargoedUntil"));
        assertFalse(ninjs(minimal()).has("embargoedUntil"));
    }

    @Test
    void noVerdictsNoTrustIndicatorAndNoReviewLinkNoHref() throws Exception {
        PublishedStory noCounts = new PublishedStory("s-2", 2, "Titel", null, null, null, "en", List.of(), "<p>x</p>",
                "x", null, null, null, null, null, null, null, null, Map.of("verified", 0));
        assertTrue(ninjs(noCounts).path("trustIndicators").isMissingNode());

        PublishedStory rated = new PublishedStory("s-3", 2, "Titel", null, null, null, "en", List.of(), "<p>x</p>",
                "x", null, null, null, null, null, null, null, null, Map.of("verified", 1));
        JsonNode withoutLink = JSON.readTree(Ninjs.document(rated, STORY_URI, null).toString());
        assertEquals("Fact-check: 1 verified", withoutLink.path("trustIndicators").get(0).path("title").asText());
        assertFalse(withoutLink.path("trustIndicators").get(0).has("href"));
        assertEquals(Set.of(), violations(withoutLink));
    }

    /** Paths of every JSON null in the document. */
    private static List<String> nulls(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isNull()) {
            found.add(path);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> found.addAll(nulls(field.getValue(), path + "." + field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(nulls(node.get(i), path + "[" + i + "]"));
            }
        }
        return found;
    }
}
