package org.newsdesk.story.entity;

import java.util.Objects;

/**
 * One top-level piece of a story's body: a paragraph, a subhead, a quotation or a list, as sanitised HTML
 * ({@code <p>…</p>}, {@code <h2>…</h2>}, …). Its plain text is part of the story's canonical text.
 */
public record Block(String html) {

    public Block {
        Objects.requireNonNull(html, "html");
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
        return BlockText.of(html);
    }
}
