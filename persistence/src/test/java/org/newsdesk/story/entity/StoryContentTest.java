package org.newsdesk.story.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class StoryContentTest {

    private static StoryContent content(String headline, List<Block> blocks) {
        return new StoryContent(headline, false, "Nato", null, "Von Anna Berger", "Politik", "de",
                List.of("Nato", "Russland"), "Bildunterschrift", "dpa", null,
                Instant.parse("2026-12-01T06:00:00Z"), blocks);
    }

    @Test
    void canonicalTextJoinsBlocksByABlankLineWithoutMarkup() {
        StoryContent story = content("Treffen", List.of(
                new Block("<p>Die Nato und Russland sprechen <em>wieder</em>.</p>"),
                new Block("<h2>„Wie zu Zeiten des Kalten Krieges“</h2>"),
                new Block("<ul><li>eins</li><li>zwei &amp; drei</li></ul>"),
                new Block("<p>Er sagte: &#34;Ja&#34; &lt;sic&gt; &#43;1</p>")));
        assertEquals("Die Nato und Russland sprechen wieder.\n\n„Wie zu Zeiten des Kalten Krieges“\n\n"
                + "eins\nzwei & drei\n\nEr sagte: \"Ja\" <sic> +1", story.canonicalText());
    }

    @Test
    void whitespaceInsideABlockCollapsesToOneSpace() {
        assertEquals("a b c", new Block("<p>  a \n  b\t<strong> c </strong> </p>").text());
    }

    @Test
    void theHashIsStableAndCoversFieldsAndBody() {
        List<Block> body = List.of(new Block("<p>Text</p>"));
        StoryContent story = content("Treffen", body);
        assertEquals(story.hashHex(), content("Treffen", List.of(new Block("<p>Text</p>"))).hashHex());
        assertEquals(64, story.hashHex().length());
        assertNotEquals(story.hashHex(), content("Treffen!", body).hashHex());
        assertNotEquals(story.hashHex(), content("Treffen", List.of(new Block("<p>Text.</p>"))).hashHex());
        assertNotEquals(story.hashHex(), content("Treffen", List.of(new Block("<p>Te</p>"), new Block("<p>xt</p>")))
                .hashHex());
    }

    @Test
    void fieldsRoundTripThroughTheirStoredJson() {
        StoryContent story = content("Grüße „aus“ Köln", List.of(new Block("<p>x</p>")));
        StoryContent back = StoryContent.of(story.fieldsJson(), story.blocks());
        assertEquals(story.hashHex(), back.hashHex());
        assertEquals(List.of("Nato", "Russland"), back.tags());
        assertEquals(Instant.parse("2026-12-01T06:00:00Z"), back.embargo());
    }

    @Test
    void aBlockKnowsItsKind() {
        assertEquals("h2", new Block("<h2>Zwischenzeile</h2>").kind());
        assertEquals("blockquote", new Block("<blockquote>Zitat</blockquote>").kind());
        assertEquals("p", new Block("<p>x</p>").kind());
    }
}
