package org.newsdesk.story.boundary;

import org.newsdesk.story.control.WordDiff;
import org.newsdesk.story.entity.DiffOperation;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What changed between two revisions: the fields that differ, and a word diff of the canonical text
 * (equal + delete runs give revision {@code from}'s text, equal + insert runs give revision {@code to}'s).
 *
 * @param hints kinds of checkable facts touched by the change: number, date, quotation
 */
public record StoryDiff(int from, int to, List<FieldChange> fields, List<Run> ops, Set<String> hints) {

    public record FieldChange(String field, String before, String after) {
    }

    /** One run of the word diff. */
    public record Run(DiffOperation op, String text) implements Serializable {
    }

    static List<Run> runs(List<WordDiff.Op> ops) {
        return ops.stream().map(op -> new Run(op.op(), op.text())).toList();
    }
}
