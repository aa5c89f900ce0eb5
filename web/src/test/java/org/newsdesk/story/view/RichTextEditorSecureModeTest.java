package org.newsdesk.story.view;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.control.BodyParser;
import org.newsdesk.story.entity.Block;
import org.primefaces.util.HtmlSanitizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why the story editor's {@code p:textEditor} keeps {@code secure="false"}: PrimeFaces' own sanitising (the same
 * OWASP library) would run before the value reaches the page bean and drop Quill 2's {@code data-list="bullet"},
 * the only mark that tells a bulleted list from a numbered one — every bulleted list would come back numbered. The
 * server's sanitiser ({@link BodyParser}) runs on every way in (screen, API, import) with a stricter allowlist, so
 * nothing unsafe is stored either way. When a PrimeFaces release keeps the attribute, the first test fails, and the
 * editor can be switched to {@code secure="true"} as a second layer.
 */
class RichTextEditorSecureModeTest {

    private static final String QUILL_BULLETS = "<ol><li data-list=\"bullet\">Erstens</li>"
            + "<li data-list=\"bullet\">Zweitens</li></ol>";

    @Test
    void primeFacesSecureModeWouldTurnBulletedListsIntoNumberedOnes() {
        // the editor's settings: blocks, formatting and links allowed; no styles, no images
        String secured = HtmlSanitizer.sanitizeHtml(QUILL_BULLETS, true, true, true, false, false);
        assertFalse(secured.contains("data-list"), secured);
        assertEquals(List.of(new Block("<ol><li>Erstens</li><li>Zweitens</li></ol>")), BodyParser.fromHtml(secured));
    }

    @Test
    void theServersSanitiserKeepsTheListKindAndRemovesWhatIsNotAllowed() {
        assertEquals(List.of(new Block("<ul><li>Erstens</li><li>Zweitens</li></ul>")),
                BodyParser.fromHtml(QUILL_BULLETS));
        String hostile = "<p onclick=\"alert(1)\">Text<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>"
                + "<script>alert(1)</script></p><ol><li data-list=\"bullet\" onmouseover=\"alert(1)\">a</li></ol>";
        String stored = String.join("", BodyParser.fromHtml(hostile).stream().map(Block::html).toList());
        assertTrue(stored.contains("<ul><li>a</li></ul>"), stored);
        for (String gone : List.of("onclick", "onerror", "onmouseover", "<img", "<script", "javascript:")) {
            assertFalse(stored.contains(gone), gone + " in " + stored);
        }
    }
}
