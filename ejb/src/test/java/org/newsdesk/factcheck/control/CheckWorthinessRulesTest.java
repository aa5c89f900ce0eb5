package org.newsdesk.factcheck.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckWorthinessRulesTest {

    private static String sample;
    private static List<Candidate> sampleCandidates;

    @BeforeAll
    static void loadSampleAndPrintCandidates() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                CheckWorthinessRulesTest.class.getResourceAsStream("/dlf-canonical.txt"), "dlf-canonical.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sampleCandidates = CheckWorthiness.candidates(sample, "de");
        System.out.println("Check-worthy candidates in the DLF sample:");
        for (Candidate c : sampleCandidates) {
            System.out.printf("  %4d-%-4d %-30s %s%n", c.start(), c.end(), c.reasons(), c.text());
        }
    }

    /** The candidate whose span is exactly this sentence, failing the test if there is none. */
    private static Candidate sampleCandidate(String sentence) {
        int start = sample.indexOf(sentence);
        assertTrue(start >= 0, "sentence not in sample: " + sentence);
        return sampleCandidates.stream()
                .filter(c -> c.start() == start && c.end() == start + sentence.length())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate for: " + sentence + " in " + sampleCandidates));
    }

    private static Candidate single(String text, String language) {
        List<Candidate> found = CheckWorthiness.candidates(text, language);
        assertEquals(1, found.size(), () -> "expected one candidate, got " + found);
        return found.get(0);
    }

    @Nested
    class OnTheDeutschlandfunkSample {

        @Test
        void foundingYearSentenceIsCandidateWithYearOnly() {
            Candidate c = sampleCandidate("Der Nato-Russland-Rat war 2002 ins Leben gerufen worden.");
            assertEquals(List.of("year"), c.reasons(), "a lone year is a year, not a number");
        }

        @Test
        void lastMeetingSentenceHasYearDateAndSuperlative() {
            Candidate c = sampleCandidate("Er hatte im Juli 2019 letztmals getagt.");
            assertTrue(c.reasons().containsAll(List.of("year", "date", "superlative")), c.reasons()::toString);
            assertFalse(c.reasons().contains("number"), c.reasons()::toString);
        }

        @Test
        void weekdaySentenceHasDate() {
            Candidate c = sampleCandidate("An diesem Donnerstag soll es weitere Gespräche mit Russland im Rahmen der "
                    + "Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) geben.");
            assertTrue(c.reasons().contains("date"), c.reasons()::toString);
        }

        @Test
        void sourceNoteWithNumericDateIsNotSplitAndHasDate() {
            Candidate c = sampleCandidate(
                    "Diese Nachricht wurde am 12.01.2022 im Programm Deutschlandfunk gesendet.");
            assertTrue(c.reasons().contains("date"), c.reasons()::toString);
            assertFalse(c.reasons().contains("number"), "digits of a date are not a separate number");
        }

        @Test
        void everyDirectQuotationIsCoveredByACandidateWithQuoteReason() {
            List<String> quotes = new ArrayList<>();
            Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(sample);
            while (m.find()) {
                quotes.add(m.group(1));
                int qs = m.start();
                int qe = m.end();
                assertTrue(sampleCandidates.stream().anyMatch(
                                c -> c.start() <= qs && qe <= c.end() && c.reasons().contains("quote")),
                        "quotation not covered: " + m.group());
            }
            assertEquals(List.of("sehr nützlich", "Wie zu Zeiten des Kalten Krieges",
                    "Nato ignoriert Deeskalations-Vorschläge", "kritisch niedrigen Niveau"), quotes);
        }

        @Test
        void quotedSubheadIsItsOwnCandidate() {
            Candidate c = sampleCandidate("\"Wie zu Zeiten des Kalten Krieges\"");
            assertEquals(List.of("quote"), c.reasons());
        }

        @Test
        void sagteIsAttribution() {
            Candidate c = sampleCandidate("Vize-Außenminister Gruschko sagte, das Bündnis zeige keine Bereitschaft, "
                    + "die Sicherheitsinteressen anderer Staaten zu berücksichtigen.");
            assertTrue(c.reasons().contains("attribution"), c.reasons()::toString);
        }

        @Test
        void separableFuegteHinzuIsAttribution() {
            Candidate c = sampleCandidate("Der stellvertretende Verteidigungsminister Fomin fügte hinzu, Russland habe "
                    + "der Nato Schritte zur Deeskalation vorgeschlagen, aber die Allianz habe das ignoriert.");
            assertTrue(c.reasons().contains("attribution"), c.reasons()::toString);
        }

        @Test
        void separableWarfVorIsAttribution() {
            Candidate c = sampleCandidate("Er warf der Nato eine Politik wie zu Zeiten des Kalten Krieges vor.");
            assertTrue(c.reasons().contains("attribution"), c.reasons()::toString);
        }

        @Test
        void sentencesWithoutFactsAreNotCandidates() {
            int start = sample.indexOf("Russland werde sich dagegen wehren.");
            assertTrue(sampleCandidates.stream().noneMatch(c -> c.start() == start));
            int subhead = sample.indexOf("Gespräche auch im OSZE-Format");
            assertTrue(sampleCandidates.stream().noneMatch(c -> c.start() == subhead));
        }

        @Test
        void everyCandidateTextMatchesItsSpanWithoutSurroundingWhitespace() {
            assertFalse(sampleCandidates.isEmpty());
            int previousEnd = 0;
            for (Candidate c : sampleCandidates) {
                assertEquals(sample.substring(c.start(), c.end()), c.text());
                assertFalse(c.text().isBlank());
                assertFalse(Character.isWhitespace(c.text().charAt(0)), c.text());
                assertFalse(Character.isWhitespace(c.text().charAt(c.text().length() - 1)), c.text());
                assertFalse(c.text().contains("\n\n"), "a candidate never spans paragraphs: " + c.text());
                assertTrue(c.start() >= previousEnd, "candidates are in text order and do not overlap");
                previousEnd = c.end();
            }
        }

        @Test
        void reasonsAreSortedAndDistinct() {
            for (Candidate c : sampleCandidates) {
                assertEquals(c.reasons().stream().sorted().distinct().toList(), c.reasons());
            }
        }
    }

    @Nested
    class Reasons {

        @Test
        void englishInflationSentenceHasAllFiveReasons() {
            Candidate c = single("Inflation rose to 3.5 percent, the highest since 1992, the minister said.", "en");
            assertEquals(List.of("attribution", "number", "percentage", "superlative", "year"), c.reasons());
        }

        @Test
        void euroSymbolWithBillionIsMoneyAndNumber() {
            Candidate c = single("The budget is €30 billion.", "en");
            assertEquals(List.of("money", "number"), c.reasons());
        }

        @Test
        void germanAmountWithScaleAndCurrencyIsMoney() {
            assertTrue(single("Das Paket kostet 2,5 Milliarden Euro.", "de").reasons().contains("money"));
            assertTrue(single("Es geht um mehrere Millionen Dollar.", "de").reasons().contains("money"));
        }

        @Test
        void currencyWordWithoutAmountIsNotMoney() {
            assertTrue(CheckWorthiness.candidates("Der Euro bleibt stabil.", "de").isEmpty());
        }

        @Test
        void countsAndDecimalsAreNumbers() {
            assertTrue(single("Der Rat hat 30 Mitglieder.", "de").reasons().contains("number"));
            assertTrue(single("Das Wachstum lag bei 3,5 Punkten.", "de").reasons().contains("number"));
            assertTrue(single("Es kamen 1.000 Menschen.", "de").reasons().contains("number"));
        }

        @Test
        void germanPercentageIsDetected() {
            assertEquals(List.of("number", "percentage"), single("Die Quote sank um 4 Prozent.", "de").reasons());
            assertTrue(single("Die Quote sank um 4%.", "de").reasons().contains("percentage"));
        }

        @Test
        void datesInSeveralFormatsAreDates() {
            assertTrue(single("Es passierte am 12. Januar 2022 in Kiew.", "de").reasons().contains("date"));
            assertTrue(single("It happened on January 12, 2022 in Kyiv.", "en").reasons().contains("date"));
            assertTrue(single("The log starts 2022-01-12 at noon.", "en").reasons().contains("date"));
            assertTrue(single("The talks resume on Thursday.", "en").reasons().contains("date"));
        }

        @Test
        void germanLowercaseQuotesAndGuillemetsAreQuotes() {
            assertTrue(single("Er nannte das „völlig inakzeptabel“.", "de").reasons().contains("quote"));
            assertTrue(single("Sie sprach von »Verrat«.", "de").reasons().contains("quote"));
        }

        @Test
        void oneCharacterQuotationIsNotAQuote() {
            assertTrue(CheckWorthiness.candidates("Er schrieb \"x\" an die Tafel.", "de").isEmpty());
        }

        @Test
        void attributionByLautAndZufolge() {
            assertTrue(single("Laut Polizei blieb es ruhig.", "de").reasons().contains("attribution"));
            assertTrue(single("Dem Bericht zufolge blieb es ruhig.", "de").reasons().contains("attribution"));
            assertTrue(single("According to the police, it stayed calm.", "en").reasons().contains("attribution"));
        }

        @Test
        void separableVerbsNeedBothHalves() {
            assertTrue(single("Die Polizei teilte mit, alle seien sicher.", "de").reasons().contains("attribution"));
            assertTrue(single("Sie warfen ihm Betrug vor.", "de").reasons().contains("attribution"));
            assertTrue(CheckWorthiness.candidates("Er teilte das Brot.", "de").isEmpty());
        }

        @Test
        void lautAsLoudIsNotAttribution() {
            assertTrue(CheckWorthiness.candidates("Die Musik war laut und schrill.", "de").isEmpty());
        }

        @Test
        void curatedSuperlativesMatchButWordsMerelyEndingInSteDoNot() {
            assertTrue(single("Das ist der größte Protest seit Jahren.", "de").reasons().contains("superlative"));
            assertTrue(single("Die Exporte erreichten einen Rekordwert.", "de").reasons().contains("superlative"));
            assertTrue(single("Die Preise sind so hoch wie nie.", "de").reasons().contains("superlative"));
            assertTrue(CheckWorthiness.candidates("Die Liste der Kosten ist lang.", "de").isEmpty());
            assertTrue(CheckWorthiness.candidates("Der Bürgermeister kam zur Feier.", "de").isEmpty());
        }

        @Test
        void sentenceWithoutFactsIsNotACandidate() {
            assertTrue(CheckWorthiness.candidates("The weather was nice.", "en").isEmpty());
        }

        @Test
        void unsupportedLanguageIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> CheckWorthiness.candidates("Text.", "fr"));
        }
    }

    @Nested
    class SentenceSplitting {

        @Test
        void abbreviationsEgAndDrDoNotSplit() {
            String text = "Dr. Smith said some costs, e.g. Fuel and rent, rose sharply. The weather was nice.";
            Candidate c = single(text, "en");
            assertEquals("Dr. Smith said some costs, e.g. Fuel and rent, rose sharply.", c.text());
        }

        @Test
        void germanAbbreviationsDoNotSplit() {
            String text = "Der Etat, z.B. für Schulen, stieg um ca. 3 Mio. Euro. Das Wetter war schön.";
            assertEquals("Der Etat, z.B. für Schulen, stieg um ca. 3 Mio. Euro.", single(text, "de").text());
        }

        @Test
        void germanDateWithOrdinalDayDoesNotSplit() {
            String text = "Das Treffen fand am 12. Januar 2022 in Brüssel statt. Es regnete.";
            Candidate c = single(text, "de");
            assertEquals("Das Treffen fand am 12. Januar 2022 in Brüssel statt.", c.text());
            assertTrue(c.reasons().containsAll(List.of("date", "year")), c.reasons()::toString);
        }

        @Test
        void ordinalAfterArticleDoesNotSplit() {
            String text = "Das Team landete auf dem 3. Platz der Wertung.";
            assertEquals(text, single(text, "de").text());
        }

        @Test
        void sentenceEndingInANumberStillSplits() {
            List<Candidate> found = CheckWorthiness.candidates("Die Zahl stieg auf 30. Das Wetter war schön. "
                    + "Es kamen 40 Gäste.", "de");
            assertEquals(List.of("Die Zahl stieg auf 30.", "Es kamen 40 Gäste."),
                    found.stream().map(Candidate::text).toList());
        }

        @Test
        void terminatorsInsideAQuotationDoNotSplit() {
            String text = "Er sagte: \"Wir kommen. Morgen!\" Das Wetter war schön.";
            assertEquals("Er sagte: \"Wir kommen. Morgen!\"", single(text, "de").text());
        }

        @Test
        void questionInQuoteFollowedByLowercaseSpeechTagDoesNotSplit() {
            String text = "„Warum jetzt?“ fragte der Minister. Das Wetter war schön.";
            assertEquals("„Warum jetzt?“ fragte der Minister.", single(text, "de").text());
        }

        @Test
        void strayQuoteMarkDoesNotGlueTheParagraph() {
            String text = "Er sagte, es gebe 3 Optionen. Das Wetter war schön. Der \"Plan kostet 5 Euro.";
            List<Candidate> found = CheckWorthiness.candidates(text, "de");
            assertEquals(List.of("Er sagte, es gebe 3 Optionen.", "Der \"Plan kostet 5 Euro."),
                    found.stream().map(Candidate::text).toList());
        }

        @Test
        void subheadWithoutTerminatorIsOneSentenceAndParagraphsNeverMerge() {
            String text = "Rekord bei den Exporten\n\nDie Exporte stiegen um 5 Prozent";
            assertEquals(List.of("Rekord bei den Exporten", "Die Exporte stiegen um 5 Prozent"),
                    CheckWorthiness.candidates(text, "de").stream().map(Candidate::text).toList());
        }

        @Test
        void offsetsAreUtf16IndicesOfTheOriginalText() {
            String text = "Intro 😀 here.\n\n  Es kamen 40 Gäste.  ";
            Candidate c = single(text, "de");
            assertEquals(text.indexOf("Es kamen"), c.start());
            assertEquals(text.substring(c.start(), c.end()), c.text());
            assertEquals("Es kamen 40 Gäste.", c.text());
        }
    }
}
