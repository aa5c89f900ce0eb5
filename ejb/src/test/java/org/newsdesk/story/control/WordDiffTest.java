package org.newsdesk.story.control;

import org.newsdesk.story.entity.DiffOperation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {

    /** German-ish vocabulary with the characters that break naive tokenizers: umlauts, ß, quotes, numbers. */
    private static final String[] WORDS = {
            "Die", "Nato", "hat", "Mitglieder.", "Regierung", "Vize-Außenminister", "Straße", "größer",
            "Bürger", "Münchner", "sagte,", "heißt", "über", "Ärzte", "Öl", "Gespräche", "„Frieden“",
            "„Wir", "schaffen", "das“.", "Café", "don't", "»Zitat«", "weiß", "Mai", "2022", "30",
            "12.01.2022", "3,5", "1.000", "Prozent", "Kanzlerin", "dass", "Gemeinde", "Äußerung:", "(dpa)",
            "–", "Bundestag", "Übergang", "Maßnahmen", "„", "“", "ein", "und", "der", "im", "Januar"};

    private static final long SEED = 20_240_117L;

    // ---------------------------------------------------------------- round trip

    @Test
    void randomEditsAlwaysRoundTripToBothTextsWithCanonicalOps() {
        Random random = new Random(SEED);
        for (int i = 0; i < 400; i++) {
            List<List<String>> paragraphs = randomParagraphs(random, 1 + random.nextInt(5), 1 + random.nextInt(40));
            String a = render(paragraphs);
            int edits = 1 + random.nextInt(10);
            for (int e = 0; e < edits; e++) {
                applyRandomEdit(random, paragraphs);
            }
            String b = render(paragraphs);

            assertRoundTrip(a, b, WordDiff.diff(a, b), "case " + i);
        }
    }

    @Test
    void fiveThousandWordTextsWithThreeEditsRoundTripAndReportMedianTime() {
        Random random = new Random(SEED + 1);
        List<List<String>> paragraphs = randomParagraphs(random, 50, 100);
        String a = render(paragraphs);
        for (int e = 0; e < 3; e++) {
            applyRandomEdit(random, paragraphs);
        }
        String b = render(paragraphs);
        assertEquals(5_000, a.split("\\s+").length, "the generated text should have 5,000 words");

        for (int warmUp = 0; warmUp < 30; warmUp++) {
            WordDiff.diff(a, b);
        }
        long[] nanos = new long[50];
        List<WordDiff.Op> ops = List.of();
        for (int run = 0; run < nanos.length; run++) {
            long start = System.nanoTime();
            ops = WordDiff.diff(a, b);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("WordDiff: median of %d diffs of two 5,000-word texts: %.3f ms%n",
                nanos.length, nanos[nanos.length / 2] / 1_000_000.0);

        assertRoundTrip(a, b, ops, "5,000 words");
    }

    // ---------------------------------------------------------------- trivial shapes

    @Test
    void identicalTextsGiveOneEqualOp() {
        String text = "Die Nato hat 30 Mitglieder.\n\nDas ist „gut“.";
        assertEquals(List.of(new WordDiff.Op(DiffOperation.EQUAL, text)), WordDiff.diff(text, text));
    }

    @Test
    void twoEmptyTextsGiveNoOps() {
        assertEquals(List.of(), WordDiff.diff("", ""));
    }

    @Test
    void nullInputsCountAsEmptyText() {
        assertEquals(List.of(), WordDiff.diff(null, null));
        assertEquals(List.of(new WordDiff.Op(DiffOperation.INSERT, "Neu")), WordDiff.diff(null, "Neu"));
        assertEquals(List.of(new WordDiff.Op(DiffOperation.DELETE, "Alt")), WordDiff.diff("Alt", null));
        assertEquals(List.of(), WordDiff.tokenize(null));
        assertEquals(Set.of(), WordDiff.hints(null));
    }

    @Test
    void deletingEverythingGivesOneDeleteOp() {
        String text = "Die Nato hat 30 Mitglieder.";
        assertEquals(List.of(new WordDiff.Op(DiffOperation.DELETE, text)), WordDiff.diff(text, ""));
    }

    @Test
    void writingIntoAnEmptyTextGivesOneInsertOp() {
        String text = "Die Nato hat 32 Mitglieder.";
        assertEquals(List.of(new WordDiff.Op(DiffOperation.INSERT, text)), WordDiff.diff("", text));
    }

    // ---------------------------------------------------------------- exact ops

    @Test
    void oneChangedWordGivesEqualDeleteInsertEqual() {
        assertEquals(List.of(
                        new WordDiff.Op(DiffOperation.EQUAL, "Die Nato hat "),
                        new WordDiff.Op(DiffOperation.DELETE, "30"),
                        new WordDiff.Op(DiffOperation.INSERT, "32"),
                        new WordDiff.Op(DiffOperation.EQUAL, " Mitglieder.")),
                WordDiff.diff("Die Nato hat 30 Mitglieder.", "Die Nato hat 32 Mitglieder."));
    }

    @Test
    void changedCompoundWordIsReplacedAsAWhole() {
        assertEquals(List.of(
                        new WordDiff.Op(DiffOperation.EQUAL, "Der "),
                        new WordDiff.Op(DiffOperation.DELETE, "Vize-Außenminister"),
                        new WordDiff.Op(DiffOperation.INSERT, "Außenminister"),
                        new WordDiff.Op(DiffOperation.EQUAL, " reist ab.")),
                WordDiff.diff("Der Vize-Außenminister reist ab.", "Der Außenminister reist ab."));
    }

    // ---------------------------------------------------------------- tokenize

    @ParameterizedTest
    @ValueSource(strings = {
            "Hallo 👋🏽 Welt\r\nZeile zwei",
            "„Wir schaffen das“, sagte sie. »Nie« – ‚nie‘!",
            "Grüße aus Köln, Düsseldorf und Gießen\n\n\tÜbermorgen: 3,5 % mehr",
            "e\u0301te\u0301 und Café 🇩🇪 👨‍👩‍👧 Ende",
            " führende und folgende Leerzeichen \u00a0",
            "---''..,,'-Wort-'"})
    void tokensConcatenateToTheInputWithoutSplittingCharacters(String text) {
        List<String> tokens = WordDiff.tokenize(text);
        assertEquals(text, String.join("", tokens));
        for (String token : tokens) {
            assertFalse(token.isEmpty(), "no empty tokens");
            assertFalse(Character.isLowSurrogate(token.charAt(0)), "no token starts inside a surrogate pair");
        }
    }

    @Test
    void tokenizeKeepsCompoundWordsDatesAndQuotesApart() {
        assertEquals(List.of("Der", " ", "Vize-Außenminister", " ", "sagte", " ", "am", " ", "12.01.2022", ":",
                        " ", "„", "Wir", " ", "kommen", ".", "“"),
                WordDiff.tokenize("Der Vize-Außenminister sagte am 12.01.2022: „Wir kommen.“"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vize-Außenminister", "12.01.2022", "3,5", "1.000", "2022-01-12", "don't", "Straße"})
    void wordsWithInnerJoinersAndNumbersStayOneToken(String word) {
        assertEquals(List.of(word), WordDiff.tokenize(word));
    }

    @Test
    void sentencePunctuationAndParagraphBreaksAreSeparateTokens() {
        assertEquals(List.of("Ende", ".", "\n\n", "Neu", ",", " ", "3", ".", " ", "Vize", "-", " ", "und"),
                WordDiff.tokenize("Ende.\n\nNeu, 3. Vize- und"));
    }

    // ---------------------------------------------------------------- hints

    @Test
    void changedNumberHintsNumber() {
        Set<String> hints = WordDiff.hints(WordDiff.diff("Die Nato hat 30 Mitglieder.", "Die Nato hat 32 Mitglieder."));
        assertEquals(Set.of("number"), hints);
    }

    @Test
    void changedDateHintsDateAndNumberInSortedOrder() {
        Set<String> hints = WordDiff.hints(WordDiff.diff("Am 12.01.2022 begann es.", "Am 13.01.2022 begann es."));
        assertEquals(List.of("date", "number"), new ArrayList<>(hints));
    }

    @Test
    void changedMonthNameHintsDateOnly() {
        assertEquals(Set.of("date"), WordDiff.hints(WordDiff.diff("Es war im Januar.", "Es war im März.")));
    }

    @Test
    void addedTypographicQuotesHintQuotation() {
        Set<String> hints = WordDiff.hints(WordDiff.diff("Er sagte, das sei gut.", "Er sagte, „das sei gut“."));
        assertEquals(Set.of("quotation"), hints);
    }

    @Test
    void pureWordingChangeGivesNoHints() {
        List<WordDiff.Op> ops = WordDiff.diff("Die Regierung plant Reformen.", "Die Regierung beschließt Reformen.");
        assertNotEquals(1, ops.size(), "the texts differ");
        assertEquals(Set.of(), WordDiff.hints(ops));
    }

    @Test
    void apostropheInsideAWordIsNotAQuotation() {
        assertEquals(Set.of(), WordDiff.hints(WordDiff.diff("I don't know.", "I do not know.")));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertRoundTrip(String a, String b, List<WordDiff.Op> ops, String label) {
        assertEquals(a, join(ops, DiffOperation.DELETE), label + ": equal+delete must give a");
        assertEquals(b, join(ops, DiffOperation.INSERT), label + ": equal+insert must give b");
        for (int i = 0; i < ops.size(); i++) {
            WordDiff.Op op = ops.get(i);
            assertNotNull(op.op(), label + ": no op");
            assertFalse(op.text().isEmpty(), label + ": empty op text at " + i);
            if (i > 0) {
                assertNotEquals(ops.get(i - 1).op(), op.op(), label + ": unmerged neighbours at " + i);
            }
        }
    }

    private static String join(List<WordDiff.Op> ops, DiffOperation changeKind) {
        return ops.stream()
                .filter(op -> op.op() == DiffOperation.EQUAL || op.op() == changeKind)
                .map(WordDiff.Op::text)
                .collect(Collectors.joining());
    }

    private static List<List<String>> randomParagraphs(Random random, int paragraphCount, int wordsPerParagraph) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (int p = 0; p < paragraphCount; p++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < wordsPerParagraph; w++) {
                words.add(randomWord(random));
            }
            paragraphs.add(words);
        }
        return paragraphs;
    }

    private static String render(List<List<String>> paragraphs) {
        return paragraphs.stream().map(words -> String.join(" ", words)).collect(Collectors.joining("\n\n"));
    }

    private static String randomWord(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static void applyRandomEdit(Random random, List<List<String>> paragraphs) {
        List<String> words = paragraphs.get(random.nextInt(paragraphs.size()));
        switch (random.nextInt(5)) {
            case 0 -> words.add(random.nextInt(words.size() + 1), randomWord(random));
            case 1 -> {
                if (words.size() > 1) {
                    words.remove(random.nextInt(words.size()));
                }
            }
            case 2 -> words.set(random.nextInt(words.size()), randomWord(random));
            case 3 -> {
                if (paragraphs.size() > 1) {
                    int first = random.nextInt(paragraphs.size());
                    int second = random.nextInt(paragraphs.size());
                    paragraphs.set(first, paragraphs.set(second, paragraphs.get(first)));
                }
            }
            default -> changeNumber(random, words);
        }
    }

    /** Replaces a number in the paragraph (or, if it has none, any word) with a different number. */
    private static void changeNumber(Random random, List<String> words) {
        int index = random.nextInt(words.size());
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).chars().anyMatch(Character::isDigit)) {
                index = i;
                break;
            }
        }
        words.set(index, Integer.toString(random.nextInt(100_000)) + (random.nextBoolean() ? "" : ",5"));
    }

    @Test
    void theSizeOfAChangeCountsInsertedAndDeletedWords() {
        assertEquals(5, WordDiff.countWords("Die Nato hat 30 Mitglieder."));
        assertEquals(2, WordDiff.countChangedWords(
                WordDiff.diff("Die Nato hat 30 Mitglieder.", "Die Nato hat 32 Mitglieder.")));
        assertEquals(0, WordDiff.countChangedWords(WordDiff.diff("Gleich.", "Gleich.")));
    }
}
