package org.newsdesk.workflow.control;

import org.newsdesk.shared.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A published story as an IPTC ninjs 3.1 news item ("News in JSON", the format agencies and partner sites read), valid
 * against {@code ninjs-schema_3.1.json}. Absent values are left out, never written as {@code null}.
 *
 * <p>ninjs names most of a story's parts directly ({@code headlines}, {@code bodies}, {@code by},
 * {@code embargoedUntil}); for the rest Newsdesk decides as follows:
 * <ul>
 * <li><b>Kicker</b>: a second headline with role {@code subhead}, the role name the ninjs user guide uses for the
 * headline next to the main one (ninjs has no kicker of its own); the headline itself has role {@code main}.</li>
 * <li><b>Teaser</b>: a description with role {@code teaser}.</li>
 * <li><b>Tags</b>: {@code subjects}, each with the tag as {@code name} and a tag URI (RFC 4151)
 * {@code tag:newsdesk,2026:subject/<tag, percent-encoded>}, the same for a tag whatever the server's address.</li>
 * <li><b>Picture caption and credit</b>: one association of type {@code picture} named {@code picture}, its
 * {@code uri} the story's URI with the fragment {@code #picture} (the schema requires a URI; the picture has none of
 * its own yet), the caption as a description with role {@code caption} and the credit line in {@code by} (as the
 * agencies' examples carry the photographer's credit).</li>
 * <li><b>Source note</b>: one entry of {@code infoSources} whose {@code name} is the note and whose {@code role} is
 * IPTC's content production party role {@code contentSource} ("a party which contributed to the content as a
 * source"). Newsdesk keeps sources as one free-text note, so it travels as one source.</li>
 * <li><b>Correction</b>: twice, for its two audiences. As a description with role {@code correction}, because
 * readers must see what was corrected and descriptions are published text; and as {@code edNote}
 * "Correction: …", because the edNote is where the receiving desk looks for instructions and is, by definition,
 * never shown to readers.</li>
 * <li><b>Fact-check summary</b>: one {@code trustIndicators} entry with IPTC's trust indicator role
 * {@code pieceOfWorkInfo} (information about this piece of work), the title "Fact-check: 3 verified, 1 false"
 * (counts in descending order, then by label) and, when given, {@code href} to the claim reviews. ninjs trust
 * indicators have only role, title and href, so the counts go into the title.</li>
 * <li>{@code profile} is {@code text-photo} when there is a picture, {@code text-only} otherwise (the user guide's
 * suggestions); {@code contentCreated} is left out because a Newsdesk story's content is created with the story
 * ({@code firstCreated}); the publication time has no ninjs property and is left to the Atom feed.</li>
 * </ul>
 * Times are UTC to the second ({@code 2026-11-29T08:00:00Z}), as the schema's {@code date-time} format wants.
 */
public final class Ninjs {

    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
    static final String SUBJECT_TAG = "tag:newsdesk,2026:subject/";
    static final String CONTENT_SOURCE = "http://cv.iptc.org/newscodes/contentprodpartyrole/contentSource";
    static final String PIECE_OF_WORK = "http://cv.iptc.org/newscodes/trustindicator/pieceOfWorkInfo";

    private Ninjs() {
    }

    /**
     * The ninjs document of a published story.
     *
     * @param storyUri       the story's permanent URI, the document's {@code uri}; without a fragment
     * @param claimReviewUri where the story's claim reviews are, or null
     */
    public static JsonObject document(PublishedStory s, String storyUri, String claimReviewUri) {
        Objects.requireNonNull(s, "story");
        Objects.requireNonNull(storyUri, "storyUri");
        boolean picture = present(s.caption()) || present(s.credit());
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("uri", storyUri)
                .add("standard", Json.createObjectBuilder()
                        .add("name", "ninjs")
                        .add("version", "3.1")
                        .add("schema", SCHEMA))
                .add("type", "text")
                .add("representationType", "full")
                .add("profile", picture ? "text-photo" : "text-only")
                .add("version", Integer.toString(s.version()));
        time(doc, "firstCreated", s.firstCreated());
        time(doc, "versionCreated", s.versionCreated());
        time(doc, "embargoedUntil", s.embargoedUntil());
        doc.add("pubStatus", "usable").add("language", s.language());

        JsonArrayBuilder headlines = Json.createArrayBuilder().add(text("main", "text/plain", s.headline()));
        if (present(s.kicker())) {
            headlines.add(text("subhead", "text/plain", s.kicker()));
        }
        doc.add("headlines", headlines);
        if (present(s.byline())) {
            doc.add("by", s.byline());
        }

        if (present(s.teaser()) || present(s.correction())) {
            doc.add("descriptions", descriptions(s));
        }
        if (present(s.correction())) {
            doc.add("edNote", "Correction: " + s.correction());
        }

        doc.add("bodies", Json.createArrayBuilder()
                .add(text("html", "text/html", s.bodyHtml()))
                .add(text("text", "text/plain", s.bodyText())));

        Set<String> tags = s.tags().stream().filter(Ninjs::present).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!tags.isEmpty()) {
            doc.add("subjects", subjects(tags));
        }

        if (present(s.sourceNote())) {
            doc.add("infoSources", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("name", s.sourceNote())
                    .add("role", CONTENT_SOURCE)));
        }
        if (picture) {
            doc.add("associations", Json.createArrayBuilder().add(picture(s, storyUri)));
        }
        String verdicts = verdictSummary(s.claimVerdicts());
        if (!verdicts.isEmpty()) {
            doc.add("trustIndicators", Json.createArrayBuilder().add(factCheck(verdicts, claimReviewUri)));
        }
        return doc.build();
    }

    /** "3 verified, 1 false": most frequent verdict first, ties by label; verdicts with no claims are left out. */
    static String verdictSummary(Map<String, Integer> verdicts) {
        return verdicts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    static String subjectUri(String tag) {
        return SUBJECT_TAG + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonArrayBuilder subjects(Set<String> tags) {
        JsonArrayBuilder subjects = Json.createArrayBuilder();
        for (String tag : tags) {
            subjects.add(Json.createObjectBuilder().add("name", tag).add("uri", subjectUri(tag)));
        }
        return subjects;
    }

    private static JsonObjectBuilder factCheck(String verdicts, String claimReviewUri) {
        JsonObjectBuilder indicator = Json.createObjectBuilder()
                .add("role", PIECE_OF_WORK)
                .add("title", "Fact-check: " + verdicts);
        if (present(claimReviewUri)) {
            indicator.add("href", claimReviewUri);
        }
        return indicator;
    }

    private static JsonArrayBuilder descriptions(PublishedStory s) {
        JsonArrayBuilder descriptions = Json.createArrayBuilder();
        if (present(s.teaser())) {
            descriptions.add(text("teaser", "text/plain", s.teaser()));
        }
        if (present(s.correction())) {
            descriptions.add(text("correction", "text/plain", s.correction()));
        }
        return descriptions;
    }

    private static JsonObjectBuilder picture(PublishedStory s, String storyUri) {
        int fragment = storyUri.indexOf('#');
        String base = fragment < 0 ? storyUri : storyUri.substring(0, fragment);
        JsonObjectBuilder picture = Json.createObjectBuilder()
                .add("name", "picture")
                .add("uri", base + "#picture")
                .add("type", "picture")
                .add("language", s.language());
        if (present(s.caption())) {
            picture.add("descriptions", Json.createArrayBuilder().add(text("caption", "text/plain", s.caption())));
        }
        if (present(s.credit())) {
            picture.add("by", s.credit());
        }
        return picture;
    }

    private static JsonObjectBuilder text(String role, String contentType, String value) {
        return Json.createObjectBuilder().add("role", role).add("contentType", contentType).add("value", value);
    }

    private static void time(JsonObjectBuilder doc, String name, Instant instant) {
        if (instant != null) {
            doc.add(name, instant.truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
