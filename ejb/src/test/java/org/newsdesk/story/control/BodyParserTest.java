package org.newsdesk.story.control;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.entity.Block;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyParserTest {

    private static final Set<String> ALLOWED = Set.of("p", "h2", "h3", "blockquote", "ul", "ol", "li", "em",
            "strong", "a");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");

    /** A list of well-known XSS payloads (OWASP cheat sheet, PortSwigger) as a reporter might paste them. */
    private static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">klick</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">klick</a>",
            "<a href=\"&#106;avascript:alert(1)\">klick</a>",
            "<a href=\"java\tscript:alert(1)\">klick</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">klick</a>",
            "<a href=\"vbscript:msgbox(1)\">klick</a>",
            "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">Text</p>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
            "<style>body{background:red}</style><p>Text</p>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "\"><script>alert(document.cookie)</script>",
            "<body onload=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<marquee onstart=alert(1)>x</marquee>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<p><a href=\"https://example.org\" onmouseover=\"alert(1)\">ok</a></p>",
            "<!--<script>alert(1)</script>--><p>x</p>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");

    /** Only the allowed elements, and no attribute but an absolute http(s) link on a. */
    private static void assertOnlyAllowedMarkup(String payload, Block block) {
        Matcher tag = TAG.matcher(block.html());
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            assertTrue(ALLOWED.contains(name), payload + " -> " + block.html());
            String attributes = tag.group(2).strip();
            if (!attributes.isEmpty() && !tag.group(0).startsWith("</")) {
                assertEquals("a", name, payload + " -> " + block.html());
                assertTrue(attributes.matches("href=\"https?://[^\"<>]*\""), payload + " -> " + block.html());
            }
        }
    }

    @Test
    void theXssCorpusLeavesOnlyAllowedTagsAndSafeLinksForEachPayloadAlone() throws java.io.IOException {
        List<String> corpus = XssCorpus.payloads();
        assertTrue(corpus.size() >= 80, "payloads: " + corpus.size());
        for (String payload : corpus) {
            for (Block block : BodyParser.fromHtml(payload)) {
                assertOnlyAllowedMarkup(payload, block);
            }
            // as plain text the payload is only text: no markup at all
            for (Block block : BodyParser.fromText(payload)) {
                // the sanitiser breaks "{{" with an empty comment against client-side template engines
                String inner = block.html().replaceFirst("^<p>", "").replaceFirst("</p>$", "").replace("<!-- -->", "");
                assertFalse(inner.contains("<") || inner.contains(">"), payload + " -> " + block.html());
            }
        }
    }

    @Test
    void xssPayloadsLeaveOnlyAllowedTagsAndSafeLinks() {
        for (String payload : XSS) {
            for (Block block : BodyParser.fromHtml(payload)) {
                assertOnlyAllowedMarkup(payload, block);
                String lower = block.html().toLowerCase();
                assertFalse(lower.contains("javascript:") || lower.contains("onerror") || lower.contains("<script"),
                        payload + " -> " + block.html());
            }
        }
    }

    @Test
    void allowedMarkupSurvivesAndSynonymsAreMapped() {
        List<Block> blocks = BodyParser.fromHtml("<h1>Titel</h1><p>Ein <b>fetter</b> und <i>kursiver</i> "
                + "<a href=\"https://www.deutschlandfunk.de/\">Link</a>.</p><ul><li>eins</li></ul><h4>klein</h4>");
        assertEquals(List.of(new Block("<h2>Titel</h2>"),
                new Block("<p>Ein <strong>fetter</strong> und <em>kursiver</em> "
                        + "<a href=\"https://www.deutschlandfunk.de/\">Link</a>.</p>"),
                new Block("<ul><li>eins</li></ul>"), new Block("<h3>klein</h3>")), blocks);
    }

    @Test
    void looseTextBecomesAParagraphAndEmptyBlocksDisappear() {
        List<Block> blocks = BodyParser.fromHtml("Vorspann <em>kursiv</em><p></p><p> </p><h2>Zwischentitel</h2>Rest");
        assertEquals(3, blocks.size());
        assertEquals("Vorspann kursiv", blocks.get(0).text());
        assertEquals("h2", blocks.get(1).kind());
        assertEquals("Rest", blocks.get(2).text());
    }

    @Test
    void plainTextParagraphsBecomeParagraphBlocksAndRoundTripAsCanonicalText() {
        String text = "Erster Absatz mit „Anführungszeichen“ & <Zeichen>.\n\nZweiter Absatz:\nmit Zeilenumbruch.";
        List<Block> blocks = BodyParser.fromText(text);
        assertEquals(2, blocks.size());
        assertEquals("Erster Absatz mit „Anführungszeichen“ & <Zeichen>.", blocks.get(0).text());
        assertEquals("Zweiter Absatz: mit Zeilenumbruch.", blocks.get(1).text());
    }

    @Test
    void parsingIsIdempotent() {
        String html = "<p>A &amp; B &lt;c&gt; \"d\" 'e' `f` =g+ @h</p><blockquote><p>Zitat</p></blockquote>";
        List<Block> once = BodyParser.fromHtml(html);
        String again = once.stream().map(Block::html).reduce("", String::concat);
        assertEquals(once, BodyParser.fromHtml(again));
        assertEquals("A & B <c> \"d\" 'e' `f` =g+ @h", once.get(0).text());
    }

    @Test
    void bulletListsOfTheRichTextEditorStayBulletLists() {
        List<Block> blocks = BodyParser.fromHtml("<ol><li data-list=\"bullet\">eins</li><li data-list=\"bullet\">zwei</li></ol>"
                + "<ol><li data-list=\"ordered\">erstens</li></ol>");
        assertEquals(List.of(new Block("<ul><li>eins</li><li>zwei</li></ul>"), new Block("<ol><li>erstens</li></ol>")),
                blocks);
    }
}
