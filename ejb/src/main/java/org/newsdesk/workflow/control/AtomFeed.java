package org.newsdesk.workflow.control;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Published stories as an Atom 1.0 feed (RFC 4287), for feed readers and partners who poll. The XML is written by the
 * JDK's own StAX writer, which escapes markup in text and attributes; characters XML 1.0 cannot carry at all (control
 * characters other than tab, CR and LF, lone surrogates, U+FFFE and U+FFFF) are removed first, so a stray control
 * character pasted into a headline cannot make the whole feed unreadable.
 */
public final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** Feed-level author, so that entries without a byline are still valid Atom (RFC 4287, 4.1.1). */
    static final String PUBLISHER = "Newsdesk";

    /**
     * One story in the feed.
     *
     * @param id        a permanent IRI: the story's URI or a {@code urn:uuid:}
     * @param link      where a reader reads the story (rel alternate), or null
     * @param published first publication, or null
     * @param updated   last significant change
     * @param author    the byline, or null
     * @param summary   the teaser, or null
     * @param html      the body as HTML, carried as escaped text in {@code content type="html"}, or null
     */
    public record Entry(String id, String title, String link, Instant published, Instant updated, String author,
                        String summary, String html) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(updated, "updated");
        }
    }

    private AtomFeed() {
    }

    /**
     * The feed document, UTF-8.
     *
     * @param feedUri the feed's own address: its {@code id} and its {@code rel="self"} link
     */
    public static String feed(String feedUri, String title, Instant updated, List<Entry> entries) {
        Objects.requireNonNull(feedUri, "feedUri");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", feedUri);
            element(xml, "title", title);
            element(xml, "updated", time(updated));
            link(xml, "self", feedUri);
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", PUBLISHER);
            xml.writeEndElement();
            for (Entry entry : entries == null ? List.<Entry>of() : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        element(xml, "id", entry.id());
        element(xml, "title", entry.title());
        if (present(entry.link())) {
            link(xml, "alternate", entry.link());
        }
        if (entry.published() != null) {
            element(xml, "published", time(entry.published()));
        }
        element(xml, "updated", time(entry.updated()));
        if (present(entry.author())) {
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", entry.author());
            xml.writeEndElement();
        }
        if (present(entry.summary())) {
            element(xml, "summary", entry.summary());
        }
        if (entry.html() != null) {
            xml.writeStartElement(ATOM, "content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(xmlChars(entry.html()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(xmlChars(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlChars(href));
    }

    /** RFC 3339 in UTC, to the second. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The text without the characters XML 1.0 does not allow ({@code Char} production, section 2.2). */
    static String xmlChars(String text) {
        StringBuilder kept = null;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
