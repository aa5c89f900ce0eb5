package org.newsdesk.story.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers' diff (java-diff-utils) with a bound on its work, for one whole comparison: Myers' time grows with length
 * times differences, quadratic for a long stretch rewritten completely (80,000 tokens took minutes). A stretch is
 * diffed in detail only up to {@value #LIMIT} items and while the budget lasts (spent as the square of each
 * stretch: Myers' worst case). A longer stretch has its common beginning and end matched first (linear) and only
 * what lies between diffed; if that is still too long it is shown as replaced as a whole: still true, only coarser.
 * Not thread-safe: one per comparison.
 */
final class BoundedDiff {

    /** The longest changed stretch (items of both sides) that Myers diffs in detail. */
    static final int LIMIT = 3_000;
    /** Myers' work for one whole comparison, in squared stretch lengths: a few tenths of a second at most. */
    static final long BUDGET = 12_000_000L;

    /**
     * One changed stretch: the source's items from {@code position} on, {@code removed}, became {@code added};
     * {@code detailed} when Myers found it (not a stretch too long to diff, shown as replaced as a whole).
     */
    record Change(int position, List<String> removed, List<String> added, boolean detailed) {
    }

    private long budget = BUDGET;

    /** The changes from {@code source} to {@code target}, in order. */
    List<Change> changes(List<String> source, List<String> target) {
        if (affordable(source.size() + target.size())) {
            return myers(source, target, 0); // the usual case: Myers over everything, as it always was
        }
        int prefix = 0;
        while (prefix < source.size() && prefix < target.size() && source.get(prefix).equals(target.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < source.size() - prefix && suffix < target.size() - prefix
                && source.get(source.size() - 1 - suffix).equals(target.get(target.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> removed = source.subList(prefix, source.size() - suffix);
        List<String> added = target.subList(prefix, target.size() - suffix);
        if (removed.isEmpty() && added.isEmpty()) {
            return List.of();
        }
        if (affordable(removed.size() + added.size())) {
            return myers(removed, added, prefix);
        }
        return List.of(new Change(prefix, removed, added, false));
    }

    /** Whether Myers may diff a stretch this long; if so, its worst case is taken from the budget. */
    private boolean affordable(long size) {
        if (size > LIMIT || size * size > budget) {
            return false;
        }
        budget -= size * size;
        return true;
    }

    private static List<Change> myers(List<String> source, List<String> target, int offset) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
            changes.add(new Change(offset + delta.getSource().getPosition(), delta.getSource().getLines(),
                    delta.getTarget().getLines(), true));
        }
        return changes;
    }
}
