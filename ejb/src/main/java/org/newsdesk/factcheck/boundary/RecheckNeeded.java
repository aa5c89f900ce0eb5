package org.newsdesk.factcheck.boundary;

/**
 * Fired inside the saving transaction when a save changed the wording of a rated claim: the checker who rated it
 * should look again.
 */
public record RecheckNeeded(String storyId, String claimId, String checker, String wording) {
}
