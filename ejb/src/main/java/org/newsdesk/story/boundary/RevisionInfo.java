package org.newsdesk.story.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One line of a story's history. */
public record RevisionInfo(int number, String author, Instant createdAt, String note, String hash,
                           int wordsChanged) implements Serializable {
}
