package org.newsdesk.story.view;

import org.newsdesk.shared.view.Html;
import org.newsdesk.story.boundary.StoryDiff;
import org.newsdesk.story.entity.DiffOperation;

import java.util.List;

/**
 * Renders a word diff for the compare view: the old text with deletions marked, the new text with insertions
 * marked. All text is escaped here; the result is safe to output unescaped. Marks carry a text label for screen
 * readers and a symbol, so the difference is readable without colour.
 */
public final class DiffHtml {

    private DiffHtml() {
    }

    public static String before(List<StoryDiff.Run> ops) {
        return render(ops, DiffOperation.DELETE, "del");
    }

    public static String after(List<StoryDiff.Run> ops) {
        return render(ops, DiffOperation.INSERT, "ins");
    }

    private static String render(List<StoryDiff.Run> ops, DiffOperation shown, String tag) {
        StringBuilder html = new StringBuilder();
        for (StoryDiff.Run op : ops) {
            if (op.op() == DiffOperation.EQUAL) {
                html.append(Html.escape(op.text()));
            } else if (op.op() == shown) {
                html.append('<').append(tag).append(" class=\"nd-").append(tag).append("\">")
                        .append(Html.escape(op.text())).append("</").append(tag).append('>');
            }
        }
        return html.toString();
    }
}
