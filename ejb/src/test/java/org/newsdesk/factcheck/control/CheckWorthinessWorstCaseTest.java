package org.newsdesk.factcheck.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile input for the check-worthiness hints: a story body may hold 500,000 characters, and any role can ask
 * for the hints, so every pattern must stay linear. The bound is generous (the work itself takes milliseconds);
 * a quadratic pattern takes minutes here.
 */
class CheckWorthinessWorstCaseTest {

    private static final int BODY_LIMIT = 500_000;

    @Test
    void aRunOfHalfAMillionDigitsIsReadInLinearTime() {
        String digits = "Es kostet " + "7".repeat(BODY_LIMIT - 20) + " Stück.";
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertFalse(CheckWorthiness.candidates(digits, "de").isEmpty(), "still a figure"));
    }

    @Test
    void digitsSeparatedByPunctuationAreReadInLinearTime() {
        // every "1." may end a sentence: 83,000 sentences, each read by every rule (linear, but not free)
        String figures = "Zahlen: " + "1.2,3'".repeat(BODY_LIMIT / 6 - 2) + " Ende.";
        assertTimeoutPreemptively(Duration.ofSeconds(6),
                () -> assertFalse(CheckWorthiness.candidates(figures, "de").isEmpty()));
    }
}
