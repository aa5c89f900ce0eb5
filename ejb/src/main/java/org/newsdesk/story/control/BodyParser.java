package org.newsdesk.story.control;

import org.newsdesk.story.entity.Block;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a story body, given as restricted HTML or as plain text, into sanitised blocks. Only
 * {@code p h2 h3 blockquote ul ol li em strong a[href http/https]} survive (OWASP Java HTML Sanitizer); everything
 * else is removed, never executed. {@code b}, {@code i}, {@code h1} and {@code h4–h6} become their allowed
 * equivalents. Text or inline markup outside a block becomes a paragraph; empty blocks disappear.
 * The result is deterministic, so parsing the HTML of parsed blocks gives the same blocks again.
 */
public final class BodyParser {

    private static final Set<String> BLOCK_ELEMENTS = Set.of("p", "h2", "h3", "blockquote", "ul", "ol");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
    /** Quill 2 (the rich-text editor) writes every list as ol and marks bullet items with data-list="bullet". */
    private static final String LIST_OPEN = "<ol>";
    private static final String LIST_CLOSE = "</ol>";

    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "blockquote", "ul", "ol", "li", "em", "strong", "a")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h3", "h4", "h5", "h6")
            // absolute http(s) links only, as API.md says: no relative or protocol-relative targets either
            .allowAttributes("href").matching(ABSOLUTE_HTTP).onElements("a")
            .allowUrlProtocols("http", "https")
            .toFactory();

    private BodyParser() {
    }

    public static List<Block> fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        BlockCollector collector = new BlockCollector();
        HtmlSanitizer.sanitize(bulletListsAsUl(html), POLICY.apply(collector, (HtmlChangeListener<Void>) null, null));
        return collector.blocks;
    }

    /** Plain text: paragraphs separated by blank lines; a single line break inside a paragraph is a space. */
    public static List<Block> fromText(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(text.strip())) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        return fromHtml(html.toString());
    }

    /** Quill's bullet lists become ul before the sanitiser drops the data-list attribute that tells them apart. */
    private static String bulletListsAsUl(String html) {
        if (!html.contains("data-list=\"bullet\"")) {
            return html;
        }
        // each <ol> up to the first </ol> after it, found by two forward searches: linear however many lists
        // are opened and never closed (a pattern with a lazy scan from every <ol> was quadratic)
        StringBuilder out = new StringBuilder(html.length());
        int done = 0;
        while (true) {
            int open = html.indexOf(LIST_OPEN, done);
            int close = open < 0 ? -1 : html.indexOf(LIST_CLOSE, open + LIST_OPEN.length());
            if (close < 0) {
                break;
            }
            String items = html.substring(open + LIST_OPEN.length(), close);
            boolean bullets = items.contains("data-list=\"bullet\"") && !items.contains("data-list=\"ordered\"");
            out.append(html, done, open).append(bullets ? "<ul>" + items + "</ul>" : html.substring(open,
                    close + LIST_CLOSE.length()));
            done = close + LIST_CLOSE.length();
        }
        return out.append(html, done, html.length()).toString();
    }

    /** Text as HTML text content (for paragraphs built from plain text). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Collects the sanitiser's events into top-level blocks, each rendered on its own. */
    private static final class BlockCollector implements HtmlStreamEventReceiver {

        private final List<Block> blocks = new ArrayList<>();
        private StringBuilder html;
        private HtmlStreamEventReceiver renderer;
        private int depth;
        private boolean implicitParagraph;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
            finishBlock();
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (depth == 0) {
                if (BLOCK_ELEMENTS.contains(name)) {
                    finishBlock();
                    startBlock(false);
                } else if (renderer == null) {
                    startBlock(true);
                }
            }
            renderer.openTag(name, attributes);
            depth++;
        }

        @Override
        public void closeTag(String name) {
            if (renderer == null || depth == 0) {
                return;
            }
            renderer.closeTag(name);
            depth--;
            if (depth == 0 && !implicitParagraph) {
                finishBlock();
            }
        }

        @Override
        public void text(String text) {
            if (depth == 0 && renderer == null) {
                if (text.isBlank()) {
                    return;
                }
                startBlock(true);
            }
            renderer.text(text);
        }

        private void startBlock(boolean implicit) {
            html = new StringBuilder();
            renderer = HtmlStreamRenderer.create(html, bad -> { });
            renderer.openDocument();
            implicitParagraph = implicit;
            if (implicit) {
                renderer.openTag("p", List.of());
            }
        }

        private void finishBlock() {
            if (renderer == null) {
                return;
            }
            if (implicitParagraph) {
                renderer.closeTag("p");
            }
            renderer.closeDocument();
            Block block = new Block(html.toString());
            if (!block.text().isBlank()) {
                blocks.add(block);
            }
            renderer = null;
            html = null;
            implicitParagraph = false;
        }
    }
}
