package org.newsdesk.factcheck.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A check-worthy passage. In the body ({@code field} "body"), {@code start}/{@code end} are offsets in the canonical
 * text, as API.md says of all hints. A passage in another text field of the story, such as the source note
 * ("Diese Nachricht wurde am 12.01.2022 … gesendet."), is not in the canonical text: it has no {@code start} and
 * {@code end} (like an orphaned claim's anchor), and {@code fieldStart}/{@code fieldEnd} locate it in that field.
 */
public record Hint(String field, Integer start, Integer end, int fieldStart, int fieldEnd, String text,
                   List<String> reasons) implements Serializable {

    public static final String BODY = "body";

    /** A passage of the body: its offsets in the field are offsets in the canonical text. */
    public static Hint inBody(int start, int end, String text, List<String> reasons) {
        return new Hint(BODY, start, end, start, end, text, reasons);
    }

    /** A passage of another field: not in the canonical text. */
    public static Hint inField(String field, int fieldStart, int fieldEnd, String text, List<String> reasons) {
        return new Hint(field, null, null, fieldStart, fieldEnd, text, reasons);
    }

    public boolean isInBody() {
        return BODY.equals(field);
    }
}
