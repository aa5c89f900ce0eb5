package org.newsdesk.story.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile rich text on every save: repeated list openings must not make the Quill list rewrite quadratic. */
class BodyParserWorstCaseTest {

    @Test
    void halfAMillionCharactersOfUnclosedListsAreParsedInLinearTime() {
        String html = "<p>data-list=\"bullet\"</p>" + "<ol>".repeat(120_000) + "<li data-list=\"bullet\">x</li>";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(BodyParser.fromHtml(html).isEmpty()));
    }

    @Test
    void bulletListsStillBecomeUnorderedAndOrderedOnesStay() {
        String html = "<ol><li data-list=\"bullet\">eins</li><li data-list=\"bullet\">zwei</li></ol>"
                + "<ol><li data-list=\"ordered\">erstens</li></ol>";
        String blocks = BodyParser.fromHtml(html).toString();
        assertEquals(2, BodyParser.fromHtml(html).size(), blocks);
        assertFalse(blocks.contains("<ol><li>eins"), blocks);
    }
}
