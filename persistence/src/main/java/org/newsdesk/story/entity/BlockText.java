package org.newsdesk.story.entity;

/**
 * Derives the plain text of a sanitised block. The HTML comes from Newsdesk's own sanitiser, so it is well-formed,
 * has only the allowed tags and encodes only {@code & < > " ' ` = + @} and the like as entities; this is not a
 * general HTML parser. Whitespace runs become one space; list items are separated by a line break.
 */
final class BlockText {

    private BlockText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        boolean pendingSpace = false;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = html.substring(i + 1, end);
                if (tag.equals("/li") && i + 5 < html.length() && html.startsWith("<li", end + 1)) {
                    trimTrailingSpace(text);
                    text.append('\n');
                    pendingSpace = false;
                }
                i = end + 1;
                continue;
            }
            String piece;
            if (c == '&') {
                int end = html.indexOf(';', i);
                if (end > i && end - i <= 10) {
                    piece = decode(html.substring(i + 1, end));
                    i = end + 1;
                } else {
                    piece = "&";
                    i++;
                }
            } else {
                piece = String.valueOf(c);
                i++;
            }
            for (int k = 0; k < piece.length(); k++) {
                char p = piece.charAt(k);
                if (Character.isWhitespace(p)) {
                    pendingSpace = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
                } else {
                    if (pendingSpace) {
                        text.append(' ');
                        pendingSpace = false;
                    }
                    text.append(p);
                }
            }
        }
        trimTrailingSpace(text);
        return text.toString();
    }

    private static void trimTrailingSpace(StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    private static String decode(String entity) {
        if (entity.startsWith("#x") || entity.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
        }
        if (entity.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
        }
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> "&" + entity + ";";
        };
    }
}
