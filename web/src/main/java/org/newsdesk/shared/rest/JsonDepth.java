package org.newsdesk.shared.rest;

/**
 * Follows the nesting depth of JSON text as its bytes stream past, without parsing it: brackets and braces outside
 * strings open and close a level; inside strings, escapes are skipped. Constant work per byte; whether the text is
 * valid JSON is the parser's business afterwards.
 */
final class JsonDepth {

    private final int limit;
    private int depth;
    private boolean inString;
    private boolean escaped;

    JsonDepth(int limit) {
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** Takes the next bytes; false once the text is nested deeper than the limit. */
    boolean accept(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > limit) {
                    return false;
                }
            } else if ((b == ']' || b == '}') && depth > 0) {
                depth--;
            }
        }
        return true;
    }
}
