package org.newsdesk.story.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.entity.DiffOperation;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile revisions for the word diff, which runs inside a save (holding the story's row lock) and on every
 * comparison: a body may hold 500,000 characters. Myers' worst case is quadratic, so the diff must stay bounded
 * whatever the edit; the result must still turn the old text into the new one.
 */
class WordDiffWorstCaseTest {

    private static String rebuilt(List<WordDiff.Op> ops, boolean after) {
        StringBuilder text = new StringBuilder();
        for (WordDiff.Op op : ops) {
            if (op.op() == DiffOperation.EQUAL || (after ? op.op() == DiffOperation.INSERT
                    : op.op() == DiffOperation.DELETE)) {
                text.append(op.text());
            }
        }
        return text.toString();
    }

    private static void assertBoundedAndTrue(String before, String after) {
        List<WordDiff.Op> ops = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> WordDiff.diff(before, after));
        assertEquals(before, rebuilt(ops, false));
        assertEquals(after, rebuilt(ops, true));
    }

    @Test
    void oneHugeParagraphRewrittenCompletely() {
        String before = "alt ".repeat(40_000).strip();
        String after = "neu ".repeat(40_000).strip();
        assertBoundedAndTrue(before, after);
    }

    @Test
    void interleavedChangesAcrossOneHugeParagraph() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            before.append(i % 2 == 0 ? "a " : "b ");
            after.append(i % 3 == 0 ? "a " : "c ");
        }
        assertBoundedAndTrue(before.toString(), after.toString());
    }

    @Test
    void manyParagraphsJustUnderTheLimitAllChanged() {
        String before = ("alt ".repeat(700) + "\n\n").repeat(100);
        String after = ("neu ".repeat(700) + "\n\n").repeat(100);
        assertBoundedAndTrue(before, after);
    }

    @Test
    void a100000TinyParagraphsAllChanged() {
        String before = "a\n\n".repeat(100_000);
        String after = "b\n\n".repeat(100_000);
        assertBoundedAndTrue(before, after);
    }

    @Test
    void anOrdinaryEditIsStillDiffedWordByWord() {
        List<WordDiff.Op> ops = WordDiff.diff("Die Nato hat 30 Mitglieder.", "Die Nato hat 32 Mitglieder.");
        assertTrue(ops.stream().anyMatch(op -> op.op() == DiffOperation.DELETE && op.text().equals("30")), ops.toString());
        assertTrue(ops.stream().anyMatch(op -> op.op() == DiffOperation.INSERT && op.text().equals("32")), ops.toString());
    }

    @Test
    void ordinaryTextsAlignAsMyersAlwaysDidNotByACommonEnd() {
        List<WordDiff.Op> ops = WordDiff.diff("Die Nato hat 30 Mitglieder.\n\nDas Treffen dauerte vier Stunden.",
                "Die Nato hat 32 Mitglieder.");
        assertTrue(ops.stream().anyMatch(op -> op.op() == DiffOperation.EQUAL && op.text().contains("Mitglieder.")),
                "the full stop stays with its sentence: " + ops);
    }
}
