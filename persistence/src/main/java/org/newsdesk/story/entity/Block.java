package org.newsdesk.story.entity;

import java.util.Objects;

/**
 * One top-level piece of a story's body: a paragraph, a subhead, a quotation or a list, as sanitised HTML
 * ({@code <p>…</p>}, {@code <h2>…</h2>}, …). Its plain text is part of the story's canonical text, computed once.
 */
public final class Block {

    private final String html;
    private String text;

    public Block(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    public String html() {
        return html;
    }

    /** The block's element name: p, h2, h3, blockquote, ul or ol. */
    public String kind() {
        int end = html.indexOf('>');
        int space = html.indexOf(' ');
        int stop = space > 0 && space < end ? space : end;
        return html.startsWith("<") && stop > 1 ? html.substring(1, stop) : "p";
    }

    /** Plain text: tags removed, entities decoded, list items on lines of their own. */
    public String text() {
        String plain = text;
        if (plain == null) {
            plain = BlockText.of(html);
            text = plain;
        }
        return plain;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Block block && html.equals(block.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return "Block[" + html + "]";
    }
}
