package org.newsdesk.factcheck.boundary;

/**
 * Fired inside the saving transaction when a save changed the wording of claims a checker rated: they should look
 * again. {@code wording} is the first one's new wording ("(+2)" when there are more).
 */
public record RecheckNeeded(String storyId, String checker, String wording) {
}
