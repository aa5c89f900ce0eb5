package org.newsdesk.shared.boundary;

/**
 * Fired inside the transaction that changed a story's text or its claims. Whatever may lag behind the change (live
 * updates of open screens) hears of it through {@link ChangeFeed}, after the commit.
 */
public record StoryChanged(String storyId, Aspect aspect) {

    /** What changed. */
    public enum Aspect {
        /** A new revision (save, restore). */
        TEXT,
        /** A claim was marked, rated, resolved or discussed. */
        CLAIMS,
        /** The story moved in the workflow (an action, a voided approval, a scheduled publication). */
        WORKFLOW
    }
}
