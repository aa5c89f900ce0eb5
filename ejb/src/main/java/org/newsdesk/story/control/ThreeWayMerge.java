package org.newsdesk.story.control;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.newsdesk.story.entity.Block;
import org.newsdesk.story.entity.StoryContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Combines two saves made on the same base revision ("theirs", already saved, and "mine", refused as stale) when
 * they touch different things: different fields, different paragraphs. When both changed the same field or the same
 * paragraph differently, there is no automatic merge and the person decides.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    public static Optional<StoryContent> merge(StoryContent base, StoryContent theirs, StoryContent mine) {
        Map<String, String> b = base.fields();
        Map<String, String> t = theirs.fields();
        Map<String, String> m = mine.fields();
        for (String field : b.keySet()) {
            if (!Objects.equals(m.get(field), b.get(field)) && !Objects.equals(t.get(field), b.get(field))
                    && !Objects.equals(m.get(field), t.get(field))) {
                return Optional.empty();
            }
        }
        Optional<List<String>> blocks = mergeLists(html(base), html(theirs), html(mine));
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        StoryContent fields = pick(base, theirs, mine);
        return Optional.of(fields.withBlocks(blocks.get().stream().map(Block::new).toList()));
    }

    /** Applies base→theirs and base→mine together when no two changes touch the same base range. */
    static Optional<List<String>> mergeLists(List<String> base, List<String> theirs, List<String> mine) {
        record Change(int start, int end, List<String> lines, boolean mineSide) { }
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(base, theirs).getDeltas()) {
            changes.add(new Change(d.getSource().getPosition(), d.getSource().last() + 1, d.getTarget().getLines(), false));
        }
        for (AbstractDelta<String> d : DiffUtils.diff(base, mine).getDeltas()) {
            changes.add(new Change(d.getSource().getPosition(), d.getSource().last() + 1, d.getTarget().getLines(), true));
        }
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
        List<String> merged = new ArrayList<>();
        int cursor = 0;
        Change previous = null;
        for (Change change : changes) {
            if (previous != null && change.start() < Math.max(previous.end(), previous.start() + 1)
                    || previous != null && change.start() == previous.start() && previous.start() == previous.end()) {
                boolean same = previous.start() == change.start() && previous.end() == change.end()
                        && previous.lines().equals(change.lines());
                if (!same) {
                    return Optional.empty();
                }
                continue;
            }
            merged.addAll(base.subList(cursor, change.start()));
            merged.addAll(change.lines());
            cursor = change.end();
            previous = change;
        }
        merged.addAll(base.subList(cursor, base.size()));
        return Optional.of(merged);
    }

    private static List<String> html(StoryContent content) {
        return content.blocks().stream().map(Block::html).toList();
    }

    private static StoryContent pick(StoryContent base, StoryContent theirs, StoryContent mine) {
        return new StoryContent(
                choose(base.headline(), theirs.headline(), mine.headline()),
                choose(base.headlineProvisional(), theirs.headlineProvisional(), mine.headlineProvisional()),
                choose(base.kicker(), theirs.kicker(), mine.kicker()),
                choose(base.teaser(), theirs.teaser(), mine.teaser()),
                choose(base.byline(), theirs.byline(), mine.byline()),
                choose(base.desk(), theirs.desk(), mine.desk()),
                choose(base.language(), theirs.language(), mine.language()),
                choose(base.tags(), theirs.tags(), mine.tags()),
                choose(base.caption(), theirs.caption(), mine.caption()),
                choose(base.credit(), theirs.credit(), mine.credit()),
                choose(base.sourceNote(), theirs.sourceNote(), mine.sourceNote()),
                ThreeWayMerge.<Instant>choose(base.embargo(), theirs.embargo(), mine.embargo()),
                List.of());
    }

    private static <T> T choose(T base, T theirs, T mine) {
        return Objects.equals(mine, base) ? theirs : mine;
    }
}
