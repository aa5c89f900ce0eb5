package org.newsdesk.factcheck.control;

import org.newsdesk.factcheck.entity.AnchorStatus;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.control.WordDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchoringTest {

    private static final String P1 = "Die Nato hat 30 Mitglieder.";
    private static final String P2 = "Stoltenberg nannte das Treffen \"sehr nützlich\". Russland müsse deeskalieren.";
    private static final String P3 = "Der Nato-Russland-Rat war 2002 ins Leben gerufen worden. Er tagte im Juli 2019.";
    private static final String TEXT = P1 + "\n\n" + P2 + "\n\n" + P3;

    /** Marks the quote in TEXT, changes the text, and re-anchors. */
    private static Anchor after(String quote, String newText) throws AnchorException {
        return after(TEXT, quote, null, null, newText);
    }

    private static Anchor after(String oldText, String quote, String prefix, Integer start, String newText)
            throws AnchorException {
        Anchoring.Located located = Anchoring.locate(oldText, quote, prefix, null, start);
        Anchor before = new Anchor(AnchorStatus.INTACT, located.start(), located.end(), quote);
        return Anchoring.reanchor(located.quote(), before, oldText, newText, WordDiff.diff(oldText, newText));
    }

    /** The claim located in TEXT, after a save to {@code removed} that took its sentence out. */
    private static Anchor orphanedBy(Anchoring.Located located, String removed) {
        Anchor orphaned = Anchoring.reanchor(located.quote(), new Anchor(AnchorStatus.INTACT, located.start(),
                located.end(), located.quote().exact()), TEXT, removed, WordDiff.diff(TEXT, removed));
        assertEquals(AnchorStatus.ORPHANED, orphaned.status());
        return orphaned;
    }

    private static void assertAt(Anchor anchor, AnchorStatus status, String newText, String passage) {
        assertEquals(status, anchor.status(), anchor.toString());
        assertEquals(passage, newText.substring(anchor.start(), anchor.end()));
        assertEquals(passage, anchor.text());
    }

    @Test
    void anInsertionBeforeTheClaimShiftsItAndKeepsItIntact() throws Exception {
        String changed = "Eilmeldung. " + TEXT;
        assertAt(after("\"sehr nützlich\"", changed), AnchorStatus.INTACT, changed, "\"sehr nützlich\"");
        String withParagraph = "Neuer erster Absatz.\n\n" + TEXT;
        assertAt(after("Russland müsse deeskalieren.", withParagraph), AnchorStatus.INTACT, withParagraph,
                "Russland müsse deeskalieren.");
    }

    @Test
    void aTypoFixedElsewhereLeavesTheClaimIntact() throws Exception {
        String changed = TEXT.replace("Leben gerufen", "Leben gerufen");
        String typo = TEXT.replace("Mitglieder", "Mitgleider");
        String fixed = typo.replace("Mitgleider", "Mitglieder");
        assertAt(after(typo, "sehr nützlich", null, null, fixed), AnchorStatus.INTACT, fixed, "sehr nützlich");
        assertAt(after("2002", changed), AnchorStatus.INTACT, changed, "2002");
    }

    @Test
    void aWordInsertedInsideTheClaimMakesItModifiedWithTheNewWording() throws Exception {
        String changed = TEXT.replace("nannte das Treffen", "nannte das lange Treffen");
        assertAt(after("Stoltenberg nannte das Treffen \"sehr nützlich\".", changed), AnchorStatus.MODIFIED, changed,
                "Stoltenberg nannte das lange Treffen \"sehr nützlich\".");
    }

    @Test
    void aChangedNumberInsideTheClaimMakesItModified() throws Exception {
        String changed = TEXT.replace("30 Mitglieder", "32 Mitglieder");
        assertAt(after(P1, changed), AnchorStatus.MODIFIED, changed, "Die Nato hat 32 Mitglieder.");
        assertAt(after("30 Mitglieder", changed), AnchorStatus.MODIFIED, changed, "32 Mitglieder");
    }

    @Test
    void changedQuotationMarksMakeTheClaimModified() throws Exception {
        String changed = TEXT.replace("\"sehr nützlich\"", "„sehr nützlich“");
        assertAt(after("das Treffen \"sehr nützlich\"", changed), AnchorStatus.MODIFIED, changed, "das Treffen „sehr nützlich“");
    }

    @Test
    void movedAndSwappedParagraphsKeepTheirClaimsIntact() throws Exception {
        String swapped = P3 + "\n\n" + P2 + "\n\n" + P1;
        assertAt(after(P1, swapped), AnchorStatus.INTACT, swapped, P1);
        assertAt(after("Er tagte im Juli 2019.", swapped), AnchorStatus.INTACT, swapped, "Er tagte im Juli 2019.");
    }

    @Test
    void aClaimOnADuplicateSentenceStaysOnItsOwnOccurrence() throws Exception {
        String old = P1 + "\n\n" + P2 + "\n\n" + P1;
        int second = old.lastIndexOf(P1);
        assertThrows(AnchorException.class, () -> Anchoring.locate(old, P1, null, null, null));
        String changed = "Vorab. " + old;
        Anchor anchor = after(old, P1, null, second, changed);
        assertEquals(AnchorStatus.INTACT, anchor.status());
        assertEquals(changed.lastIndexOf(P1), anchor.start());
        Anchor byPrefix = after(old, P1, "deeskalieren.\n\n", null, changed);
        assertEquals(changed.lastIndexOf(P1), byPrefix.start());
    }

    @Test
    void aDeletedSentenceOrParagraphOrphansTheClaim() throws Exception {
        String withoutSentence = TEXT.replace(" Russland müsse deeskalieren.", "");
        Anchor sentence = after("Russland müsse deeskalieren.", withoutSentence);
        assertEquals(AnchorStatus.ORPHANED, sentence.status());
        assertNull(sentence.start());
        String withoutParagraph = P1 + "\n\n" + P3;
        assertEquals(AnchorStatus.ORPHANED, after("\"sehr nützlich\"", withoutParagraph).status());
    }

    @Test
    void anUnrelatedSentenceWithSharedWordsIsNeverTakenOver() throws Exception {
        String changed = P1 + "\n\n" + "Die Nato hat neue Pläne." + "\n\n" + P3;
        Anchor anchor = after("Stoltenberg nannte das Treffen \"sehr nützlich\".", changed);
        assertEquals(AnchorStatus.ORPHANED, anchor.status(), anchor.toString());
    }

    @Test
    void aRestoredTextMakesOrphanedAndModifiedClaimsIntactAgain() throws Exception {
        String quote = "Russland müsse deeskalieren.";
        Anchoring.Located located = Anchoring.locate(TEXT, quote, null, null, null);
        String removed = TEXT.replace(" " + quote, "");
        Anchor orphaned = orphanedBy(located, removed);
        Anchor restored = Anchoring.reanchor(located.quote(), orphaned, removed, TEXT, WordDiff.diff(removed, TEXT));
        assertAt(restored, AnchorStatus.INTACT, TEXT, quote);

        String changed = TEXT.replace("30 Mitglieder", "32 Mitglieder");
        Anchoring.Located claim = Anchoring.locate(TEXT, P1, null, null, null);
        Anchor modified = Anchoring.reanchor(claim.quote(), new Anchor(AnchorStatus.INTACT, claim.start(), claim.end(), P1),
                TEXT, changed, WordDiff.diff(TEXT, changed));
        assertEquals(AnchorStatus.MODIFIED, modified.status());
        assertAt(Anchoring.reanchor(claim.quote(), modified, changed, TEXT, WordDiff.diff(changed, TEXT)),
                AnchorStatus.INTACT, TEXT, P1);
    }

    @Test
    void aSentenceMovedToAnotherParagraphAndRewordedIsFoundByTheFallback() throws Exception {
        String quote = "Der Nato-Russland-Rat war 2002 ins Leben gerufen worden.";
        String changed = P1 + " Der Nato-Russland-Rat war im Jahr 2002 ins Leben gerufen worden.\n\n" + P2
                + "\n\nEr tagte im Juli 2019.";
        assertAt(after(quote, changed), AnchorStatus.MODIFIED, changed,
                "Der Nato-Russland-Rat war im Jahr 2002 ins Leben gerufen worden.");
    }

    @Test
    void locatingNeedsAQuoteThatIsThereAndReturnsItsContext() throws Exception {
        assertThrows(AnchorException.class, () -> Anchoring.locate(TEXT, "steht nicht da", null, null, null));
        assertThrows(AnchorException.class, () -> Anchoring.locate(TEXT, "  ", null, null, null));
        Anchoring.Located located = Anchoring.locate(TEXT, "sehr nützlich", null, null, null);
        assertEquals("oltenberg nannte das Treffen \"", located.quote().prefix().substring(2));
        assertEquals(32, located.quote().prefix().length());
        assertEquals("\". Russland müsse deeskalieren.\n", located.quote().suffix());
        assertEquals(TEXT.indexOf("sehr nützlich"), located.start());
    }

    @Test
    void umlautsAndSharpSInAndAroundTheClaimSurviveEdits() throws Exception {
        String old = "Die Außenminister trafen sich in Brüssel. Größere Fortschritte gab es nicht.";
        String changed = "Heute: " + old.replace("trafen sich", "trafen sich erneut");
        Anchoring.Located located = Anchoring.locate(old, "Größere Fortschritte gab es nicht.", null, null, null);
        Anchor anchor = Anchoring.reanchor(located.quote(), new Anchor(AnchorStatus.INTACT, located.start(), located.end(),
                located.quote().exact()), old, changed, WordDiff.diff(old, changed));
        assertAt(anchor, AnchorStatus.INTACT, changed, "Größere Fortschritte gab es nicht.");
    }

    @Test
    void hundredClaimsOfALongStoryAreReanchoredAfterAnEdit() throws Exception {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            for (int s = 0; s < 5; s++) {
                String sentence = "Satz " + p + "-" + s + " über Nato, Haushalt und " + random.nextInt(1000) + " Euro.";
                sentences.add(sentence);
                text.append(sentence).append(s < 4 ? " " : "\n\n");
            }
        }
        String old = text.toString().strip();
        String changed = old.replace("Satz 50-2 über", "Satz 50-2 zu");
        List<WordDiff.Op> ops = WordDiff.diff(old, changed);
        for (int i = 0; i < 100; i++) {
            String quote = sentences.get(i * 5);
            Anchoring.Located located = Anchoring.locate(old, quote, null, null, null);
            Anchor anchor = Anchoring.reanchor(located.quote(), new Anchor(AnchorStatus.INTACT, located.start(),
                    located.end(), quote), old, changed, ops);
            assertEquals(AnchorStatus.INTACT, anchor.status());
            assertEquals(quote, changed.substring(anchor.start(), anchor.end()));
        }
        assertTrue(ops.size() >= 3);
    }

    @Test
    void anOrphanedClaimIsFoundAgainWhenASaveBringsBackASimilarSentence() throws Exception {
        String quote = "Russland müsse deeskalieren.";
        Anchoring.Located located = Anchoring.locate(TEXT, quote, null, null, null);
        String removed = TEXT.replace(" " + quote, "");
        Anchor orphaned = orphanedBy(located, removed);
        // a later save elsewhere leaves it orphaned
        String typo = removed.replace("Mitglieder", "Mitgleider");
        assertEquals(AnchorStatus.ORPHANED, Anchoring.reanchor(located.quote(), orphaned, removed, typo,
                WordDiff.diff(removed, typo)).status());
        // a save that writes the sentence again, reworded, in another paragraph: found by the fuzzy search
        String back = typo + "\n\nRussland müsse jetzt deeskalieren.";
        assertAt(Anchoring.reanchor(located.quote(), orphaned, typo, back, WordDiff.diff(typo, back)),
                AnchorStatus.MODIFIED, back, "Russland müsse jetzt deeskalieren.");
        // ... also when the new wording comes from joining two sentences (a deletion, no insertion in it)
        String split = typo + "\n\nRussland müsse. Deeskalieren.";
        String joined = typo + "\n\nRussland müsse deeskalieren.";
        Anchor fromSplit = Anchoring.reanchor(located.quote(), orphaned, typo, split, WordDiff.diff(typo, split));
        assertEquals(AnchorStatus.ORPHANED, fromSplit.status());
        assertAt(Anchoring.reanchor(located.quote(), fromSplit, split, joined, WordDiff.diff(split, joined)),
                AnchorStatus.INTACT, joined, quote);
    }

    @Test
    void theShortcutsOfTheFuzzySearchFindWhatTheFullSearchFinds() throws Exception {
        Random random = new Random(5);
        String[] words = "Nato Russland Rat Treffen Moskau Brüssel Gespräche Truppen Grenze der die das und mit im"
                .split(" ");
        for (int round = 0; round < 300; round++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                StringBuilder sentence = new StringBuilder(words[random.nextInt(words.length)]);
                for (int w = 0; w < 3 + random.nextInt(8); w++) {
                    sentence.append(' ').append(words[random.nextInt(words.length)]);
                }
                sentences.add(sentence + ".");
            }
            String quote = sentences.get(random.nextInt(sentences.size()));
            String newText = String.join(" ", sentences.stream().filter(x -> !x.equals(quote))
                    .map(x -> random.nextBoolean() ? x : x.replaceFirst("^\\S+", words[random.nextInt(words.length)]))
                    .toList());
            // the full search: every sentence, the plain similarity, the best one from the minimum on
            int[] expected = null;
            double best = 0;
            for (int[] sentence : Anchoring.sentences(newText)) {
                double similarity = Anchoring.similarity(quote, newText.substring(sentence[0], sentence[1]));
                if (similarity > best) {
                    best = similarity;
                    expected = sentence;
                }
            }
            Anchor found = Anchoring.reanchor(new TextQuote(quote, "", ""), null, "", newText, List.of(
                    new WordDiff.Op(org.newsdesk.story.entity.DiffOperation.INSERT, newText)));
            if (expected == null || best < Anchoring.SEARCH_SIMILARITY || newText.contains(quote)) {
                assertTrue(found.status() != AnchorStatus.MODIFIED || newText.contains(quote) || best >= 0.7,
                        found + " in " + newText);
                continue;
            }
            assertEquals(AnchorStatus.MODIFIED, found.status(), quote + " in " + newText);
            assertEquals(expected[0], found.start(), quote + " in " + newText);
            assertEquals(expected[1], found.end(), quote + " in " + newText);
        }
    }
}
