package org.newsdesk.story.boundary;

import org.newsdesk.story.control.WordDiff;

import java.util.List;
import java.util.Set;

/**
 * What changed between two revisions: the fields that differ, and a word diff of the canonical text
 * (equal + delete ops give revision {@code from}'s text, equal + insert ops give revision {@code to}'s).
 *
 * @param hints kinds of checkable facts touched by the change: number, date, quotation
 */
public record StoryDiff(int from, int to, List<FieldChange> fields, List<WordDiff.Op> ops, Set<String> hints) {

    public record FieldChange(String field, String before, String after) {
    }
}
