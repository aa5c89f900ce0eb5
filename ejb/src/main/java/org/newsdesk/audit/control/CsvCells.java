package org.newsdesk.audit.control;

/**
 * CSV cells as RFC 4180 wants them and as a spreadsheet cannot run: every text cell is quoted (inner quotes
 * doubled), and a cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as
 * the OWASP "CSV Injection" guidance advises, so that a user name like {@code =HYPERLINK(...)} stays text.
 */
public final class CsvCells {

    public static final String LINE_END = "\r\n";

    /** Excel reads UTF-8 only with this mark in front. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** One record: the cells joined by commas, ended by CRLF. */
    public static String line(String... cells) {
        return String.join(",", cells) + LINE_END;
    }
}
