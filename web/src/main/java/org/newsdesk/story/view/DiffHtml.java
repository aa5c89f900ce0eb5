package org.newsdesk.story.view;

import org.newsdesk.shared.view.Html;
import org.newsdesk.story.control.WordDiff;

import java.util.List;

/**
 * Renders a word diff for the compare view: the old text with deletions marked, the new text with insertions
 * marked. All text is escaped here; the result is safe to output unescaped. Marks carry a text label for screen
 * readers and a symbol, so the difference is readable without colour.
 */
public final class DiffHtml {

    private DiffHtml() {
    }

    public static String before(List<WordDiff.Op> ops) {
        return render(ops, "delete", "del");
    }

    public static String after(List<WordDiff.Op> ops) {
        return render(ops, "insert", "ins");
    }

    private static String render(List<WordDiff.Op> ops, String shown, String tag) {
        StringBuilder html = new StringBuilder();
        for (WordDiff.Op op : ops) {
            if (op.op().equals("equal")) {
                html.append(Html.escape(op.text()));
            } else if (op.op().equals(shown)) {
                html.append('<').append(tag).append(" class=\"nd-").append(tag).append("\">")
                        .append(Html.escape(op.text())).append("</").append(tag).append('>');
            }
        }
        return html.toString();
    }
}
