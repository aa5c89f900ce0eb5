package org.newsdesk.story.rest;

import org.newsdesk.story.boundary.StoryDiff;

import java.util.List;
import java.util.Set;

/** The diff of two revisions as API.md has it: ops named equal, insert, delete. */
public record StoryDiffJson(int from, int to, List<StoryDiff.FieldChange> fields, List<Op> ops, Set<String> hints) {

    public record Op(String op, String text) {
    }

    static StoryDiffJson of(StoryDiff diff) {
        return new StoryDiffJson(diff.from(), diff.to(), diff.fields(),
                diff.ops().stream().map(run -> new Op(run.op().label(), run.text())).toList(), diff.hints());
    }
}
