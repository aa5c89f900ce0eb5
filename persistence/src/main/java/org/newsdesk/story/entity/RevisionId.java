package org.newsdesk.story.entity;

import java.io.Serializable;
import java.util.UUID;

/** A revision is identified by its story and its number within the story (1, 2, 3, …). */
public record RevisionId(UUID storyId, int number) implements Serializable {
}
