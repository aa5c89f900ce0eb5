package org.newsdesk.shared.rest;

/**
 * JSON-LD that a publisher can paste into a {@code <script type="application/ld+json">} element as it is: the
 * characters that could end the element or open a comment ({@code < > &}) and the line separators JavaScript does
 * not allow in strings are written as {@code \\uXXXX} escapes. They occur only inside JSON strings, so the JSON
 * means exactly the same.
 */
public final class JsonLd {

    private JsonLd() {
    }

    public static String embeddable(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
