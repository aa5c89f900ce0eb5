package org.newsdesk.shared.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestOriginTest {

    @Test
    void aPageOfThisServerMayListen() {
        assertTrue(RequestOrigin.sameOrigin("http://localhost:8080", "localhost:8080"));
        assertTrue(RequestOrigin.sameOrigin("https://newsdesk.example.org", "newsdesk.example.org"));
        assertTrue(RequestOrigin.sameOrigin("https://Newsdesk.Example.org", "newsdesk.example.org:443"));
    }

    @Test
    void anotherSiteOrPortMayNot() {
        assertFalse(RequestOrigin.sameOrigin("https://evil.example", "newsdesk.example.org"));
        assertFalse(RequestOrigin.sameOrigin("http://localhost:9999", "localhost:8080"));
        assertFalse(RequestOrigin.sameOrigin("http://newsdesk.example.org.evil.example", "newsdesk.example.org"));
        assertFalse(RequestOrigin.sameOrigin("null", "localhost:8080"));
        assertFalse(RequestOrigin.sameOrigin("http://localhost:8080", null));
    }

    @Test
    void changesFromAnotherSitesPageAreCrossSite() {
        String host = "newsdesk.example.org";
        assertTrue(RequestOrigin.crossSite("POST", "https://evil.example", null, host));
        assertTrue(RequestOrigin.crossSite("DELETE", "null", null, host), "an opaque origin is another site");
        assertTrue(RequestOrigin.crossSite("PUT", null, "cross-site", host));
        assertTrue(RequestOrigin.crossSite("POST", "https://newsdesk.example.org", "same-site", host),
                "a sibling subdomain is not this application");
        assertTrue(RequestOrigin.crossSite("POST", "https://newsdesk.example.org", "Cross-Site", host),
                "Sec-Fetch-Site wins over a matching Origin");
    }

    @Test
    void readsOwnPagesAndToolsAreNot() {
        String host = "newsdesk.example.org";
        assertFalse(RequestOrigin.crossSite("GET", "https://evil.example", "cross-site", host));
        assertFalse(RequestOrigin.crossSite("POST", "https://newsdesk.example.org", null, host));
        assertFalse(RequestOrigin.crossSite("POST", "https://evil.example", "same-origin", host));
        assertFalse(RequestOrigin.crossSite("POST", null, "none", host), "typed into the address bar");
        assertFalse(RequestOrigin.crossSite("POST", null, null, host), "curl and scripts send neither");
    }
}
