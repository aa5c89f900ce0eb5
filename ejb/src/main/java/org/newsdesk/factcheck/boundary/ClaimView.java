package org.newsdesk.factcheck.boundary;

import org.newsdesk.shared.control.Canonical;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A claim as screens and the API show it, anchored in the story's current revision. */
public record ClaimView(String id, String storyId, String quote, String prefix, String suffix, AnchorView anchor,
                        String verdict, String rationale, List<Source> sources, String checkedBy, Instant checkedAt,
                        Integer checkedRevision, boolean needsRecheck, String resolution, List<CommentView> comments,
                        String note, String createdBy, Instant createdAt, int createdRevision, int createdStart,
                        int createdEnd) implements Serializable {

    /** Where the claim stands in the current text: status intact, modified or orphaned. */
    public record AnchorView(String status, Integer start, Integer end, String text) implements Serializable {
    }

    /** A source of a rating: a web page with its title and the day it was read. */
    public record Source(String url, String title, String accessed) implements Serializable {

        /** The title in canonical form, as every text. */
        public Source {
            title = Canonical.text(title);
        }
    }

    /** A comment; its id (and the id of the comment it answers) is an opaque string, as all ids in the API. */
    public record CommentView(String id, String parentId, String author, Instant createdAt, String text)
            implements Serializable {
    }
}
