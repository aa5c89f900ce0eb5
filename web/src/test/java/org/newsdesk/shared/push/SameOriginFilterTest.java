package org.newsdesk.shared.push;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginFilterTest {

    @Test
    void aPageOfThisServerMayListen() {
        assertTrue(SameOriginFilter.sameOrigin("http://localhost:8080", "localhost:8080"));
        assertTrue(SameOriginFilter.sameOrigin("https://newsdesk.example.org", "newsdesk.example.org"));
        assertTrue(SameOriginFilter.sameOrigin("https://Newsdesk.Example.org", "newsdesk.example.org:443"));
    }

    @Test
    void anotherSiteOrPortMayNot() {
        assertFalse(SameOriginFilter.sameOrigin("https://evil.example", "newsdesk.example.org"));
        assertFalse(SameOriginFilter.sameOrigin("http://localhost:9999", "localhost:8080"));
        assertFalse(SameOriginFilter.sameOrigin("http://newsdesk.example.org.evil.example", "newsdesk.example.org"));
        assertFalse(SameOriginFilter.sameOrigin("null", "localhost:8080"));
        assertFalse(SameOriginFilter.sameOrigin("http://localhost:8080", null));
    }
}
