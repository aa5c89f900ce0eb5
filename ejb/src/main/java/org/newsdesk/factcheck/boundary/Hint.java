package org.newsdesk.factcheck.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A check-worthy passage: in the body ({@code field} "body", offsets in the canonical text) or in another text
 * field of the story such as the source note ("Diese Nachricht wurde am 12.01.2022 … gesendet."), with offsets
 * in that field's value.
 */
public record Hint(String field, int start, int end, String text, List<String> reasons) implements Serializable {
}
