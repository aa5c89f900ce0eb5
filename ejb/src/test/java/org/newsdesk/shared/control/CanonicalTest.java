package org.newsdesk.shared.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.boundary.StoryInput;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CanonicalTest {

    @Test
    void decomposedUmlautsBecomeTheComposedOnes() {
        String decomposed = "Mu\u0308nchen gru\u0308\u00DFt";
        assertEquals("München grüßt", Canonical.text(decomposed));
        assertEquals(Canonical.text("München grüßt"), Canonical.text(decomposed), "what looks the same is the same");
    }

    @Test
    void invisibleCharactersGoButLineBreaksTabsAndJoinersStay() {
        assertEquals("Bundestag", Canonical.text("Bundes\u00ADtag"), "soft hyphen");
        assertEquals("abc", Canonical.text("a\u200Bb\uFEFFc"), "zero-width space, byte-order mark");
        assertEquals("evil.exe", Canonical.text("evil\u202E.exe"), "bidirectional override");
        assertEquals("ab", Canonical.text("a\u0000b"), "NUL");
        assertEquals("a\tb\nc\r\nd", Canonical.text("a\tb\nc\r\nd"));
        assertEquals("👩\u200D💻", Canonical.text("👩\u200D💻"), "an emoji sequence keeps its joiner");
        assertNull(Canonical.text(null));
    }

    @Test
    void textAlreadyCanonicalIsReturnedAsItIs() {
        String text = "„Die Nato hat 32 Mitglieder“, sagte er.";
        assertSame(text, Canonical.text(text));
    }

    @Test
    void everyTextOfAStoryTakesTheCanonicalForm() {
        StoryInput input = new StoryInput("Gru\u0308n\u200B", null, "Ku\u0308r", null, null, "Poli\u00ADtik", "de",
                List.of("Wa\u0308hrung"), null, null, null, null, "Die Bu\u0308rger\u0000.", null);
        assertEquals("Grün", input.headline());
        assertEquals("Kür", input.kicker());
        assertEquals("Politik", input.desk());
        assertEquals(List.of("Währung"), input.tags());
        assertEquals("Die Bürger.", input.bodyText());
    }
}
