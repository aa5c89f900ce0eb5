package org.newsdesk.factcheck.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our W3C Web Annotation export against the Working Group's conformance data (src/test/resources/w3c, see its
 * README): every assertion of annotationMusts.test and 3.1-model-musts.test, evaluated as upstream did (draft-04,
 * definitions preloaded by file name, format checks on, expectedResult), plus the selector definitions of
 * specificResource.json for every target and each of its selectors.
 */
class W3cAnnotationConformanceTest {

    private static final String BASE = "https://w3c.test/anno/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> {
                for (String definition : definitions()) {
                    mappers.mapPrefix(BASE + definition, "classpath:w3c/definitions/" + definition);
                }
                mappers.mapPrefix(BASE, "classpath:w3c/annotations/");
            }));

    private static List<String> definitions() {
        try {
            URL folder = W3cAnnotationConformanceTest.class.getResource("/w3c/definitions");
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = W3cAnnotationConformanceTest.class.getResourceAsStream("/w3c/" + path)) {
            return JSON.readTree(in);
        }
    }

    private static List<JsonNode> exported() throws IOException {
        Instant now = Instant.parse("2026-11-28T13:00:00Z");
        List<Exports.ClaimData> claims = List.of(
                new Exports.ClaimData("c1", "sehr nützlich",
                        new Exports.Target(3, "sehr nützlich", "nannte das Treffen „", "“. Er sehe", 40, 53), "verified",
                        "Pressekonferenz", "checker", now, "checker", now, "Zitat prüfen"),
                new Exports.ClaimData("c2", "30 Mitglieder", new Exports.Target(1, "30 Mitglieder", "Die Nato hat ",
                        ".", 13, 26), "unchecked", null, null, null, "editor", now, null));
        JsonObject collection = Exports.annotations("https://newsdesk.example/api/stories/s1/annotations",
                "https://newsdesk.example/api/stories/s1", "https://newsdesk.example/api/claims/", "de", claims);
        assertEquals("AnnotationCollection", collection.getString("type"));
        assertEquals(2, collection.getInt("total"));
        List<JsonNode> annotations = new ArrayList<>();
        for (JsonNode item : JSON.readTree(collection.toString()).path("first").path("items")) {
            annotations.add(item);
        }
        assertEquals(2, annotations.size());
        return annotations;
    }

    /** Whether an assertion gives its expected result for the annotation. */
    private static boolean passes(JsonNode assertion, SchemaLocation location, JsonNode annotation) {
        JsonSchema schema = SCHEMAS.getSchema(location, assertion, CONFIG);
        boolean valid = schema.validate(annotation).isEmpty();
        boolean expectValid = !"invalid".equals(assertion.path("expectedResult").asText("valid"));
        return valid == expectValid;
    }

    private static List<String> failedMusts(JsonNode annotation) throws IOException {
        List<String> failed = new ArrayList<>();
        for (JsonNode entry : resource("annotations/annotationMusts.test").path("assertions")) {
            String file = entry.asText().replace("annotations/", "");
            JsonNode assertion = resource("annotations/" + file);
            if (!"must".equals(assertion.path("assertionType").asText("must"))) {
                continue;
            }
            if (!passes(assertion, SchemaLocation.of(BASE + file), annotation)) {
                failed.add(file);
            }
        }
        int inline = 0;
        for (JsonNode assertion : resource("annotations/3.1-model-musts.test").path("assertions")) {
            if (!passes(assertion, SchemaLocation.of(BASE + "inline-" + inline++ + ".json"), annotation)) {
                failed.add("3.1-model-musts.test #" + inline + " " + assertion.path("title").asText());
            }
        }
        return failed;
    }

    @Test
    void everyExportedAnnotationPassesEveryMustAssertion() throws IOException {
        for (JsonNode annotation : exported()) {
            assertEquals(List.of(), failedMusts(annotation), annotation.toString());
        }
    }

    @Test
    void everyTargetHasValidTextQuoteAndTextPositionSelectors() throws IOException {
        for (JsonNode annotation : exported()) {
            JsonNode target = annotation.path("target");
            for (String definition : List.of("textQuoteSelectorTypeValidIfPresent", "textPositionSelectorTypeValidIfPresent")) {
                JsonNode reference = JSON.readTree("{\"$ref\":\"specificResource.json#/definitions/" + definition + "\"}");
                JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of(BASE + "selector-check.json"), reference, CONFIG);
                assertTrue(schema.validate(target).isEmpty(), definition + ": " + schema.validate(target));
                for (JsonNode selector : target.path("selector")) {
                    assertTrue(schema.validate(selector).isEmpty(), definition + " on " + selector);
                }
            }
            assertEquals("TextQuoteSelector", target.path("selector").get(0).path("type").asText());
        }
        for (JsonNode annotation : exported()) {
            JsonNode target = annotation.path("target");
            assertEquals("SpecificResource", target.path("type").asText());
            assertTrue(target.path("source").asText().matches("https://newsdesk\\.example/api/stories/s1/revisions/\\d+"),
                    target.toString());
            assertEquals("https://newsdesk.example/api/stories/s1", target.path("scope").asText());
            assertEquals("TextPositionSelector", target.path("selector").get(1).path("type").asText());
        }
    }

    @Test
    void theHarnessCatchesABrokenAnnotation() throws IOException {
        JsonNode broken = JSON.readTree("{\"@context\":\"http://example.org/other\",\"type\":\"Note\","
                + "\"id\":\"not a uri\",\"body\":\"x\",\"bodyValue\":\"y\"}");
        List<String> failed = failedMusts(broken);
        assertFalse(failed.isEmpty());
        assertTrue(failed.contains("3.1-annotationContextValidated.json"), failed.toString());
        assertTrue(failed.contains("3.1-targetKeyFound.json"), failed.toString());
        JsonNode badSelector = JSON.readTree("{\"type\":\"TextPositionSelector\",\"start\":-1}");
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of(BASE + "selector-check.json"),
                JSON.readTree("{\"$ref\":\"specificResource.json#/definitions/textPositionSelectorTypeValidIfPresent\"}"),
                CONFIG);
        assertFalse(schema.validate(badSelector).isEmpty(), "a negative start is refused");
    }

    @Test
    void claimReviewsCarryRatingOrganizationAndAppearance() {
        Instant now = Instant.parse("2026-11-28T13:00:00Z");
        JsonObject reviews = Exports.claimReviews("https://newsdesk.example/api/stories/s1",
                "https://newsdesk.example/api/claims/", "Deutschlandfunk", "https://www.deutschlandfunk.de/", List.of(
                        new Exports.ClaimData("c1", "30 Mitglieder", new Exports.Target(2, "30 Mitglieder", "", "", 0,
                                13), "false", "Es sind 32.", "checker", now, "checker", now, null),
                        new Exports.ClaimData("c2", "unbewertet", new Exports.Target(2, "unbewertet", "", "", 0, 10),
                                "unchecked", null, null, null, "checker", now, null)));
        assertEquals("https://schema.org", reviews.getString("@context"));
        assertEquals(1, reviews.getJsonArray("@graph").size(), "only rated claims are reviews");
        JsonObject review = reviews.getJsonArray("@graph").getJsonObject(0);
        assertEquals("ClaimReview", review.getString("@type"));
        assertEquals("30 Mitglieder", review.getString("claimReviewed"));
        assertEquals("2026-11-28", review.getString("datePublished"));
        assertEquals(1, review.getJsonObject("reviewRating").getInt("ratingValue"));
        assertEquals(5, review.getJsonObject("reviewRating").getInt("bestRating"));
        assertEquals(1, review.getJsonObject("reviewRating").getInt("worstRating"));
        assertEquals("false", review.getJsonObject("reviewRating").getString("alternateName"));
        assertEquals("Deutschlandfunk", review.getJsonObject("author").getString("name"));
        assertEquals("https://newsdesk.example/api/stories/s1",
                review.getJsonObject("itemReviewed").getJsonObject("appearance").getString("url"));
    }
}
