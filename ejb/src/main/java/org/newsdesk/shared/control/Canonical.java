package org.newsdesk.shared.control;

import java.text.Normalizer;
import java.util.List;

/**
 * The one form every text takes on input (API, screens, importer): Unicode NFC — so that "ü" pasted from
 * another program as "u" + combining diaeresis is the same "ü" and a rated claim does not turn "modified" — and
 * without invisible characters: controls other than tab and line breaks, and format characters (bidirectional
 * overrides, zero-width spaces, soft hyphens, byte-order marks), except the zero-width joiner and non-joiner that
 * emoji and some scripts need.
 */
public final class Canonical {

    private Canonical() {
    }

    /** The canonical form; null stays null. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String composed = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder clean = null;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (invisible(c)) {
                if (clean == null) {
                    clean = new StringBuilder(composed.length()).append(composed, 0, i);
                }
            } else if (clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? composed : clean.toString();
    }

    /** Each text of a list in canonical form; null stays null. */
    public static List<String> texts(List<String> values) {
        return values == null ? null : values.stream().map(Canonical::text).toList();
    }

    private static boolean invisible(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\u200C' || c == '\u200D') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
