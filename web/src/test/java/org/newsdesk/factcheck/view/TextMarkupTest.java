package org.newsdesk.factcheck.view;

import org.junit.jupiter.api.Test;
import org.newsdesk.factcheck.boundary.ClaimView;
import org.newsdesk.factcheck.boundary.Hint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMarkupTest {

    private static final Map<String, String> GERMAN = Map.of("verdict.false", "falsch", "verdict.verified", "bestätigt",
            "factcheck.recheck", "erneut prüfen", "reason.year", "eine Jahreszahl", "reason.quote", "ein wörtliches Zitat");
    private static final UnaryOperator<String> WORDS = key -> GERMAN.getOrDefault(key, key);

    @Test
    void marksAddNoCharactersSoSelectionOffsetsAreTextOffsets() {
        String text = "Seit 2002 gibt es den Rat. Er tagte „selten“ & kurz.";
        ClaimView claim = claim("c1", "false", false, 0, 26);
        String html = TextMarkup.render(text, List.of(claim), List.of(), null, WORDS);

        String visible = html.replaceAll("<[^>]*>", "").replace("&amp;", "&");
        assertEquals(text, visible);
        assertTrue(html.contains("data-label=\"✘ falsch\""), html);
        assertTrue(html.contains("data-claim=\"c1\""), html);
        assertTrue(html.contains("&amp; kurz"), "text is escaped: " + html);
    }

    @Test
    void aClaimThatNeedsARecheckSaysSoInWordsAndTheSelectedOneIsMarked() {
        String text = "Die Nato hat 32 Mitglieder.";
        String html = TextMarkup.render(text, List.of(claim("c1", "verified", true, 0, text.length())), List.of(), "c1",
                WORDS);

        assertTrue(html.contains("data-label=\"✔ bestätigt · erneut prüfen\""), html);
        assertTrue(html.contains("nd-recheck") && html.contains("nd-selected"), html);
    }

    @Test
    void hintsNameTheirReasonsInTheUsersLanguage() {
        String text = "Seit 2002 gibt es den Rat.";
        Hint hint = Hint.inBody(0, text.length(), text, List.of("quote", "year"));

        String html = TextMarkup.render(text, List.of(), List.of(hint), null, WORDS);

        assertTrue(html.contains("class=\"nd-hint\" title=\"ein wörtliches Zitat, eine Jahreszahl\""), html);
    }

    @Test
    void overlappingClaimsAndHintsAreCutIntoSegmentsWithoutLosingText() {
        String text = "Eins. Zwei drei. Vier.";
        ClaimView claim = claim("c1", "unchecked", false, 6, 16);
        Hint hint = Hint.inBody(11, 22, "drei. Vier.", List.of("year"));

        String html = TextMarkup.render(text, List.of(claim), List.of(hint), null, WORDS);

        assertEquals(text, html.replaceAll("<[^>]*>", ""));
        assertTrue(html.contains("<span class=\"nd-claim nd-v-unchecked nd-hint\" data-claim=\"c1\""), html);
    }

    @Test
    void aVerdictIsASymbolAndAWordNeverColourAlone() {
        assertEquals("✘ falsch", TextMarkup.label("false", WORDS));
        assertEquals("? verdict.unverifiable", TextMarkup.label("unverifiable", WORDS));
        assertEquals("○ verdict.unchecked", TextMarkup.label("unchecked", WORDS));
    }

    private static ClaimView claim(String id, String verdict, boolean recheck, int start, int end) {
        return new ClaimView(id, "s1", "q", null, null,
                new ClaimView.AnchorView(recheck ? "modified" : "intact", start, end, "q"), verdict, null, List.of(),
                null, null, null, recheck, null, List.of(), null, "checker", Instant.EPOCH, 1, start, end);
    }
}
