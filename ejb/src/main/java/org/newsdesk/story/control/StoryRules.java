package org.newsdesk.story.control;

import org.newsdesk.shared.boundary.NewsdeskException.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The limits of a story's fields, checked before anything is stored. */
public final class StoryRules {

    public static final int HEADLINE_MAX = 300;
    public static final int BODY_MAX_CHARS = 500_000;
    private static final Map<String, Integer> MAX = Map.of("kicker", 200, "teaser", 2000, "byline", 200,
            "desk", 100, "caption", 2000, "credit", 300, "sourceNote", 1000);

    private StoryRules() {
    }

    /**
     * @param texts field name → value of the optional text fields
     */
    public static List<FieldError> check(String headline, String language, Map<String, String> texts,
                                         List<String> tags, String bodyText, String bodyHtml, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (headline == null || headline.isBlank()) {
            errors.add(new FieldError("headline", "is required"));
        } else if (headline.length() > HEADLINE_MAX) {
            errors.add(new FieldError("headline", "must have at most " + HEADLINE_MAX + " characters"));
        }
        if (language == null || !(language.equals("de") || language.equals("en"))) {
            errors.add(new FieldError("language", "is required: de or en"));
        }
        texts.forEach((field, value) -> {
            if (value != null && value.length() > MAX.get(field)) {
                errors.add(new FieldError(field, "must have at most " + MAX.get(field) + " characters"));
            }
        });
        if (tags != null) {
            if (tags.size() > 50) {
                errors.add(new FieldError("tags", "at most 50 tags"));
            }
            for (String tag : tags) {
                if (tag == null || tag.isBlank() || tag.length() > 100) {
                    errors.add(new FieldError("tags", "each tag must have 1 to 100 characters"));
                    break;
                }
            }
        }
        if (bodyText != null && bodyHtml != null) {
            errors.add(new FieldError("bodyHtml", "send the body either as bodyText or as bodyHtml, not both"));
        }
        String body = bodyText != null ? bodyText : bodyHtml;
        if (body != null && body.length() > BODY_MAX_CHARS) {
            errors.add(new FieldError(bodyText != null ? "bodyText" : "bodyHtml",
                    "must have at most " + BODY_MAX_CHARS + " characters"));
        }
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("note", "must have at most 500 characters"));
        }
        return errors;
    }
}
