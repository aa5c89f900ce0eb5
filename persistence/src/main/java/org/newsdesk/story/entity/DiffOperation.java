package org.newsdesk.story.entity;

import java.util.Locale;

/** One kind of run in a word diff between two revisions' canonical texts. */
public enum DiffOperation {
    /** The words are in both revisions. */
    EQUAL,
    /** The words are only in the newer revision. */
    INSERT,
    /** The words are only in the older revision. */
    DELETE;

    /** The name in the API: equal, insert, delete. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
