package org.newsdesk.workflow.control;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Atom feeds of published stories, read back with the JDK's namespace-aware DOM parser. */
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED_URI = "https://newsdesk.example/api/feeds/published";
    private static final Instant UPDATED = Instant.parse("2026-11-29T08:00:00.123Z");

    private static AtomFeed.Entry story(String id, String title) {
        return new AtomFeed.Entry(id, title, "https://newsdesk.example/stories/" + id,
                Instant.parse("2026-11-28T06:00:00Z"), Instant.parse("2026-11-28T07:30:00Z"), "Jörg Müller",
                "Der Rat stimmt ab.", "<p>Die Bürgermeisterin sagte: „Wir bauen.“</p>");
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    /** Atom children of an element with the given local name, direct children only. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one atom:" + name + " in atom:" + parent.getLocalName());
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    @Test
    void theFeedHasIdTitleUpdatedSelfLinkAndAPublisherAuthor() throws Exception {
        String xml = AtomFeed.feed(FEED_URI, "Newsdesk – Veröffentlicht", UPDATED, List.of(story("s-1", "Eins")));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        Element feed = parse(xml);
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(FEED_URI, text(feed, "id"));
        assertEquals("Newsdesk – Veröffentlicht", text(feed, "title"));
        assertEquals("2026-11-29T08:00:00Z", text(feed, "updated"));
        Element self = child(feed, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(FEED_URI, self.getAttribute("href"));
        assertEquals("Newsdesk", text(child(feed, "author"), "name"));
    }

    @Test
    void everyEntryHasItsRequiredElements() throws Exception {
        Element feed = parse(AtomFeed.feed(FEED_URI, "Feed", UPDATED,
                List.of(story("s-1", "Eins"), story("s-2", "Zwei"))));
        List<Element> entries = children(feed, "entry");
        assertEquals(2, entries.size());
        Element first = entries.get(0);
        assertEquals("s-1", text(first, "id"));
        assertEquals("Eins", text(first, "title"));
        Element alternate = child(first, "link");
        assertEquals("alternate", alternate.getAttribute("rel"));
        assertEquals("https://newsdesk.example/stories/s-1", alternate.getAttribute("href"));
        assertEquals("2026-11-28T06:00:00Z", text(first, "published"));
        assertEquals("2026-11-28T07:30:00Z", text(first, "updated"));
        assertEquals("Jörg Müller", text(child(first, "author"), "name"));
        assertEquals("Der Rat stimmt ab.", text(first, "summary"));
        Element content = child(first, "content");
        assertEquals("html", content.getAttribute("type"));
        assertEquals("<p>Die Bürgermeisterin sagte: „Wir bauen.“</p>", content.getTextContent());
        assertEquals("s-2", text(entries.get(1), "id"));
    }

    @Test
    void anEntryWithoutAuthorOrSummaryLeavesThemOut() throws Exception {
        AtomFeed.Entry bare = new AtomFeed.Entry("urn:uuid:6f1c2a8e-1d2b-4c5e-9f00-0a1b2c3d4e5f", "Kurz",
                "https://newsdesk.example/stories/s-9", null, Instant.parse("2026-11-28T07:30:00Z"), null, null,
                "<p>x</p>");
        Element entry = child(parse(AtomFeed.feed(FEED_URI, "Feed", UPDATED, List.of(bare))), "entry");
        assertTrue(children(entry, "author").isEmpty());
        assertTrue(children(entry, "summary").isEmpty());
        assertTrue(children(entry, "published").isEmpty());
        assertEquals("urn:uuid:6f1c2a8e-1d2b-4c5e-9f00-0a1b2c3d4e5f", text(entry, "id"));
    }

    @Test
    void markupAndAmpersandsInTitlesAndHtmlAreEscapedNotInterpreted() throws Exception {
        String title = "Tom & Jerry <script>alert('x')</script>";
        String html = "<p>A &amp; B</p><script>alert(\"x\")</script>";
        AtomFeed.Entry hostile = new AtomFeed.Entry("s-6", title, "https://newsdesk.example/stories/s-6?a=1&b=2",
                null, Instant.parse("2026-11-28T07:30:00Z"), "R&D <team>", "1 < 2 & 3 > 2", html);
        String xml = AtomFeed.feed(FEED_URI, "Feed & <Co>", UPDATED, List.of(hostile));

        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("Tom &amp; Jerry &lt;script&gt;"), xml);
        Element feed = parse(xml);
        assertEquals(0, feed.getElementsByTagNameNS("*", "script").getLength());
        assertEquals("Feed & <Co>", text(feed, "title"));
        Element entry = child(feed, "entry");
        assertEquals(title, text(entry, "title"));
        assertEquals(html, text(entry, "content"));
        assertEquals("1 < 2 & 3 > 2", text(entry, "summary"));
        assertEquals("R&D <team>", text(child(entry, "author"), "name"));
        assertEquals("https://newsdesk.example/stories/s-6?a=1&b=2", child(entry, "link").getAttribute("href"));
    }

    @Test
    void charactersXmlCannotCarryAreRemoved() throws Exception {
        AtomFeed.Entry dirty = new AtomFeed.Entry("s-7", "Bad\u0001Title\u0000", "https://newsdesk.example/s-7",
                null, Instant.parse("2026-11-28T07:30:00Z"), null,
                "lone \uD800surrogate \uDC00gone, pair \uD83D\uDE00 kept",
                "<p>tab\tand\nnewline\u001Fstay</p>\uFFFE");
        String xml = AtomFeed.feed(FEED_URI, "Feed\u0008", UPDATED, List.of(dirty));
        Element feed = parse(xml);
        assertEquals("Feed", text(feed, "title"));
        Element entry = child(feed, "entry");
        assertEquals("BadTitle", text(entry, "title"));
        assertEquals("lone surrogate gone, pair \uD83D\uDE00 kept", text(entry, "summary"));
        assertEquals("<p>tab\tand\nnewlinestay</p>", text(entry, "content"));
    }

    @Test
    void anEmptyFeedIsStillAFeed() throws Exception {
        Element feed = parse(AtomFeed.feed(FEED_URI, "Leer", UPDATED, List.of()));
        assertEquals(FEED_URI, text(feed, "id"));
        assertEquals("Leer", text(feed, "title"));
        assertEquals("2026-11-29T08:00:00Z", text(feed, "updated"));
        assertEquals("Newsdesk", text(child(feed, "author"), "name"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(0, entries.getLength());
        assertNull(feed.getAttributes().getNamedItem("xmlns:atom"), "Atom is the default namespace");
    }
}
