package org.newsdesk.factcheck.control;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Claims for other tools: as a W3C Web Annotation collection (annotation tools such as Hypothesis read it) and as
 * schema.org ClaimReview (search engines and fact-check aggregators read it).
 */
public final class Exports {

    /**
     * One claim as the exports need it: {@code quote} is the wording that was rated; {@code target} is where the
     * claim is in one revision of the story.
     */
    public record ClaimData(String id, String quote, Target target, String verdict, String rationale,
                            String checkedBy, Instant checkedAt, String createdBy, Instant createdAt, String note) {
    }

    /**
     * A passage of one revision's canonical text: its exact wording with context and its offsets, so both selectors
     * of an annotation always select the same text. For a claim that has a place in the current text that is the
     * current revision and wording; for an orphaned claim, the revision it was marked on.
     */
    public record Target(int revision, String exact, String prefix, String suffix, int start, int end) {
    }

    /** Ratings on schema.org's 1–5 scale; the verdict's name travels as {@code alternateName}. */
    static final Map<String, Integer> RATING = Map.of("false", 1, "misleading", 2, "unverifiable", 3,
            "needs-context", 4, "verified", 5);

    private static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private Exports() {
    }

    /**
     * An {@code AnnotationCollection} with one page holding every claim: target = the revision the claim is located
     * in (within the scope of the story), selected by a TextQuoteSelector and a TextPositionSelector.
     */
    public static JsonObject annotations(String collectionUrl, String storyUrl, String claimUrlBase, String language,
                                         List<ClaimData> claims) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ClaimData claim : claims) {
            items.add(annotation(storyUrl, claimUrlBase, language, claim));
        }
        return Json.createObjectBuilder()
                .add("@context", ANNO_CONTEXT)
                .add("id", collectionUrl)
                .add("type", "AnnotationCollection")
                .add("label", "Claims")
                .add("total", claims.size())
                .add("first", Json.createObjectBuilder()
                        .add("id", collectionUrl + "?page=0")
                        .add("type", "AnnotationPage")
                        .add("startIndex", 0)
                        .add("items", items))
                .build();
    }

    public static JsonObject annotation(String storyUrl, String claimUrlBase, String language, ClaimData claim) {
        Target target = claim.target();
        JsonArrayBuilder selectors = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "TextQuoteSelector")
                        .add("exact", target.exact())
                        .add("prefix", target.prefix())
                        .add("suffix", target.suffix()))
                .add(Json.createObjectBuilder()
                        .add("type", "TextPositionSelector")
                        .add("start", target.start())
                        .add("end", target.end()));
        String assessment = claim.verdict() + (claim.rationale() == null ? "" : ": " + claim.rationale());
        JsonArrayBuilder bodies = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "TextualBody")
                        .add("purpose", "assessing")
                        .add("value", assessment)
                        .add("format", "text/plain")
                        .add("language", language));
        if (claim.note() != null) {
            bodies.add(Json.createObjectBuilder()
                    .add("type", "TextualBody")
                    .add("purpose", "commenting")
                    .add("value", claim.note())
                    .add("format", "text/plain")
                    .add("language", language));
        }
        JsonObjectBuilder annotation = Json.createObjectBuilder()
                .add("@context", ANNO_CONTEXT)
                .add("id", claimUrlBase + claim.id())
                .add("type", "Annotation")
                .add("motivation", "assessing")
                .add("created", claim.createdAt().toString())
                .add("creator", Json.createObjectBuilder().add("type", "Person").add("nickname", claim.createdBy()))
                .add("body", bodies)
                .add("target", Json.createObjectBuilder()
                        .add("type", "SpecificResource")
                        .add("source", storyUrl + "/revisions/" + target.revision())
                        .add("scope", storyUrl)
                        .add("selector", selectors));
        if (claim.checkedAt() != null) {
            annotation.add("modified", claim.checkedAt().toString());
        }
        return annotation.build();
    }

    /** One schema.org ClaimReview per rated claim. */
    public static JsonObject claimReviews(String storyUrl, String claimUrlBase, String organization,
                                          String organizationUrl, List<ClaimData> claims) {
        JsonArrayBuilder reviews = Json.createArrayBuilder();
        for (ClaimData claim : claims) {
            Integer rating = RATING.get(claim.verdict());
            if (rating == null || claim.checkedAt() == null) {
                continue;
            }
            JsonObjectBuilder author = Json.createObjectBuilder().add("@type", "Organization").add("name", organization);
            if (organizationUrl != null && !organizationUrl.isBlank()) {
                author.add("url", organizationUrl);
            }
            reviews.add(Json.createObjectBuilder()
                    .add("@type", "ClaimReview")
                    .add("url", claimUrlBase + claim.id())
                    .add("claimReviewed", claim.quote())
                    .add("datePublished", claim.checkedAt().toString().substring(0, 10))
                    .add("author", author)
                    .add("reviewRating", Json.createObjectBuilder()
                            .add("@type", "Rating")
                            .add("ratingValue", rating)
                            .add("bestRating", 5)
                            .add("worstRating", 1)
                            .add("alternateName", claim.verdict()))
                    .add("itemReviewed", Json.createObjectBuilder()
                            .add("@type", "Claim")
                            .add("appearance", Json.createObjectBuilder()
                                    .add("@type", "CreativeWork")
                                    .add("url", storyUrl))));
        }
        return Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@graph", reviews)
                .build();
    }
}
