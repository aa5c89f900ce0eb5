package org.newsdesk.shared.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharacterFilterTest {

    @Test
    void controlCharactersInQueriesAreFound() {
        assertTrue(ControlCharacterFilter.hasControl("a\u0000b"));
        assertTrue(ControlCharacterFilter.hasControl("\u001b[31m"));
        assertFalse(ControlCharacterFilter.hasControl("Straße „zitiert“ 𝕏"));
    }
}
