package org.newsdesk.workflow.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A story as it went out: the revision that was published, with everything a partner or a feed reader needs to show
 * it. It is what {@link Ninjs} and {@link AtomFeed} turn into documents; it knows nothing about how it was stored.
 *
 * @param id             the story's id in Newsdesk
 * @param version        the revision number that was published
 * @param kicker         the line above the headline (Dachzeile), or null
 * @param teaser         the short lead shown in lists and previews, or null
 * @param byline         who wrote it, as printed, or null
 * @param language       BCP 47 tag, e.g. {@code de}
 * @param tags           the desk's keywords, may be empty
 * @param bodyHtml       the sanitised body as HTML
 * @param bodyText       the canonical body text
 * @param caption        the picture's caption, or null when there is no picture
 * @param credit         the picture's credit line (photographer/agency), or null
 * @param sourceNote     where the information comes from, as a note for readers, or null
 * @param firstCreated   when the story was first created
 * @param versionCreated when this revision was created
 * @param embargoedUntil the embargo: not to be shown before this instant, or null when there is none
 * @param published      when the story was (last) published
 * @param correction     the comment of the last {@code reopen} when the story was republished after it, i.e. what was
 *                       corrected; null for a story never reopened
 * @param claimVerdicts  verdict label → number of claims with that verdict, e.g. {@code {"verified":3,"false":1}};
 *                       may be empty
 */
public record PublishedStory(String id, int version, String headline, String kicker, String teaser, String byline,
        String language, List<String> tags, String bodyHtml, String bodyText, String caption, String credit,
        String sourceNote, Instant firstCreated, Instant versionCreated, Instant embargoedUntil, Instant published,
        String correction, Map<String, Integer> claimVerdicts) {

    public PublishedStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(bodyText, "bodyText");
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).toList();
        claimVerdicts = claimVerdicts == null ? Map.of() : claimVerdicts.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
