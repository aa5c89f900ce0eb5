package org.newsdesk.factcheck.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.control.AgencyCopyImporter;
import org.newsdesk.story.control.ImportedStory;

import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckWorthinessTest {

    private static String sampleText() throws Exception {
        try (InputStream in = CheckWorthinessTest.class.getResourceAsStream("/samples/dlf-nato-russland-rat-2022-01-12.txt")) {
            ImportedStory story = new AgencyCopyImporter().parse(in.readAllBytes());
            StringBuilder text = new StringBuilder();
            story.blocks().forEach(b -> text.append(text.length() == 0 ? "" : "\n\n").append(b.text()));
            return text.append("\n\n").append(story.sourceNote()).toString();
        }
    }

    private static Candidate containing(List<Candidate> candidates, String part) {
        return candidates.stream().filter(c -> c.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate with " + part + " in " + candidates));
    }

    @Test
    void theSampleHintsAtTheYearsTheDateEveryQuotationAndTheAttributions() throws Exception {
        String text = sampleText();
        List<Candidate> candidates = CheckWorthiness.candidates(text, "de");
        assertEquals(List.of("year"), containing(candidates, "2002 ins Leben").reasons());
        assertTrue(containing(candidates, "Juli 2019").reasons().containsAll(List.of("date", "superlative", "year")));
        assertTrue(containing(candidates, "12.01.2022").reasons().contains("date"));
        Matcher quotes = Pattern.compile("\"[^\"]+\"").matcher(text);
        int count = 0;
        while (quotes.find()) {
            count++;
            int start = quotes.start();
            assertTrue(candidates.stream().anyMatch(c -> c.start() <= start && start < c.end()
                    && c.reasons().contains("quote")), quotes.group());
        }
        assertEquals(4, count);
        assertTrue(containing(candidates, "Gruschko sagte").reasons().contains("attribution"));
        assertTrue(containing(candidates, "fügte hinzu").reasons().contains("attribution"));
        assertTrue(containing(candidates, "Er warf der Nato").reasons().contains("attribution"));
        for (Candidate candidate : candidates) {
            assertEquals(text.substring(candidate.start(), candidate.end()), candidate.text());
            assertEquals(candidate.text().strip(), candidate.text());
        }
    }

    @Test
    void englishFactsAreFound() {
        List<Candidate> inflation = CheckWorthiness.candidates(
                "Inflation rose to 3.5 percent, the highest since 1992, the minister said.", "en");
        assertEquals(List.of("attribution", "number", "percentage", "superlative", "year"), inflation.get(0).reasons());
        assertTrue(CheckWorthiness.candidates("The budget is €30 billion.", "en").get(0).reasons()
                .containsAll(List.of("money", "number")));
        assertTrue(CheckWorthiness.candidates("The weather was nice.", "en").isEmpty());
    }

    @Test
    void abbreviationsAndDatesDoNotEndSentences() {
        List<Candidate> candidates = CheckWorthiness.candidates(
                "Dr. Schmidt sagte am 12. Januar 2022, es gebe z.B. 30 Fälle. Das Wetter war schön.", "de");
        assertEquals(1, candidates.size());
        assertEquals("Dr. Schmidt sagte am 12. Januar 2022, es gebe z.B. 30 Fälle.", candidates.get(0).text());
        assertTrue(candidates.get(0).reasons().containsAll(List.of("attribution", "date", "number", "year")));
    }
}
