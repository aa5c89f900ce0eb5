package org.newsdesk.story.control;

import org.newsdesk.shared.control.Canonical;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text agency or radio copy as Deutschlandfunk publishes it into a draft's structure:
 * <ul>
 *   <li>a leading {@code date YYYY-MM} token is metadata, not text;</li>
 *   <li>the first paragraph, when it ends in a parenthesised credit, is the photo caption, the parenthesis its
 *   credit ({@code Olivier Hoslet/Pool EPA/AP/dpa});</li>
 *   <li>a short first line without closing punctuation before the caption is the headline; without one, the first
 *   sentence of the text is proposed and flagged provisional until an editor confirms it;</li>
 *   <li>short lines without closing punctuation are subheads, also when they are a quotation;</li>
 *   <li>the closing {@code Diese Nachricht wurde am DD.MM.YYYY im Programm … gesendet.} is the source note.</li>
 * </ul>
 * The wording is kept verbatim (straight quotes stay straight quotes).
 */
public final class AgencyCopyImporter {

    public static final int MAX_BYTES = 1_048_576;

    private static final Pattern DATE_TOKEN = Pattern.compile("^\\s*date\\s+(\\d{4})-(\\d{2})\\s+");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern SOURCE_DE = Pattern.compile(
            "Diese Nachricht wurde am (\\d{1,2}\\.\\d{1,2}\\.\\d{4}) im Programm (.+?) gesendet\\.?");
    private static final Pattern SOURCE_EN = Pattern.compile(
            "This item was broadcast on (\\d{1,2}\\.\\d{1,2}\\.\\d{4}) in the programme (.+?)\\.?");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final String CLOSING_PUNCTUATION = ".!?:;,";
    private static final String QUOTES = "\"„“”»«‚‘’'";

    public ImportedStory parse(byte[] bytes) throws ImportRejectedException {
        String text = Canonical.text(decode(bytes));
        Integer year = null;
        Integer month = null;
        Matcher date = DATE_TOKEN.matcher(text);
        if (date.find()) {
            year = Integer.valueOf(date.group(1));
            month = Integer.valueOf(date.group(2));
            text = text.substring(date.end());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINE.split(text.strip())) {
            String joined = paragraph.strip().replaceAll("\\s+", " ");
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ImportRejectedException("The text is empty: there is nothing to import.");
        }

        String headline = null;
        if (paragraphs.size() > 1 && isShortLine(paragraphs.get(0), 120)
                && !TRAILING_CREDIT.matcher(paragraphs.get(0)).matches()) {
            headline = paragraphs.remove(0);
        }
        String caption = null;
        String credit = null;
        Matcher captionMatch = paragraphs.isEmpty() ? null : TRAILING_CREDIT.matcher(paragraphs.get(0));
        if (captionMatch != null && captionMatch.matches() && paragraphs.size() > 1) {
            caption = captionMatch.group(1).strip();
            credit = captionMatch.group(2).strip();
            paragraphs.remove(0);
        }
        String sourceNote = null;
        LocalDate broadcast = null;
        String programme = null;
        if (!paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1);
            Matcher source = SOURCE_DE.matcher(last);
            if (!source.matches()) {
                source = SOURCE_EN.matcher(last);
            }
            if (source.matches()) {
                sourceNote = last;
                programme = source.group(2).strip();
                try {
                    broadcast = LocalDate.parse(source.group(1), GERMAN_DATE);
                } catch (DateTimeParseException e) {
                    broadcast = null;
                }
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
        List<ImportedStory.Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(new ImportedStory.Block(isShortLine(paragraph, 100) ? "h2" : "p", paragraph));
        }
        boolean provisional = headline == null;
        if (provisional) {
            headline = proposeHeadline(blocks, caption);
        }
        return new ImportedStory(headline, provisional, caption, credit, List.copyOf(blocks), sourceNote, broadcast,
                programme, year == null ? null : YearMonth.of(year, month));
    }

    private static String decode(byte[] bytes) throws ImportRejectedException {
        if (bytes.length > MAX_BYTES) {
            throw ImportRejectedException.tooLarge("The text is larger than 1 MB (" + bytes.length
                    + " bytes); import at most 1 MB.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException("The text is not valid UTF-8. Save it as UTF-8 text and try again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw new ImportRejectedException("The file looks binary (it contains control characters); "
                        + "only plain text can be imported.");
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ImportRejectedException("The text is empty: there is nothing to import.");
        }
        return text;
    }

    /** A single short line without closing punctuation, possibly a quotation: a headline or subhead. */
    private static boolean isShortLine(String paragraph, int max) {
        if (paragraph.length() > max) {
            return false;
        }
        String core = paragraph;
        while (!core.isEmpty() && QUOTES.indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        return !core.isEmpty() && CLOSING_PUNCTUATION.indexOf(core.charAt(core.length() - 1)) < 0;
    }

    /** The first sentence of the first paragraph, without its final period, at most 300 characters. */
    private static String proposeHeadline(List<ImportedStory.Block> blocks, String caption) {
        String source = blocks.stream().filter(b -> b.kind().equals("p")).map(ImportedStory.Block::text)
                .findFirst().orElse(caption == null ? "Ohne Titel" : caption);
        String sentence = firstSentence(source);
        if (sentence.length() > 300) {
            int cut = sentence.lastIndexOf(' ', 299);
            sentence = sentence.substring(0, cut > 0 ? cut : 299) + "…";
        }
        return sentence;
    }

    private static String firstSentence(String text) {
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '„' || c == '»') {
                inQuote = true;
            } else if (c == '“' || c == '«') {
                inQuote = false;
            } else if (!inQuote && (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                return text.substring(0, c == '.' ? i : i + 1).strip();
            }
        }
        return text.strip();
    }
}
