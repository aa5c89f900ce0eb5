package org.newsdesk.factcheck.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentences worth a fact-checker's attention: those with numbers, percentages, money, dates,
 * years, direct quotes, attributions or superlatives.
 *
 * <p>The rules are deliberately small, transparent regular expressions rather than a model: a hint
 * must be explainable ("this sentence has a percentage"), and a missed or extra hint costs little
 * because a human reviews every candidate. German and English rules are applied to both languages
 * because newsroom copy mixes them (English quotes in German stories and vice versa).
 */
public final class CheckWorthiness {

    public static final String NUMBER = "number";
    public static final String PERCENTAGE = "percentage";
    public static final String MONEY = "money";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String QUOTE = "quote";
    public static final String ATTRIBUTION = "attribution";
    public static final String SUPERLATIVE = "superlative";

    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    private static final String TERMINATORS = ".!?";
    private static final char NO_QUOTE = 0;

    /** Abbreviations after which a period does not end a sentence (multi-dot ones are caught generically). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Dr.", "Prof.", "Nr.", "bzw.", "ca.", "Mio.", "Mrd.", "etc.", "usw.", "vgl.", "Abs.",
            "Mr.", "Mrs.", "Ms.", "St.", "Jr.", "vs.");

    /** Words that precede a German ordinal ("am 2.", "dem 3."), so the period is not a sentence end. */
    private static final Set<String> ORDINAL_LEADS = Set.of(
            "am", "Am", "dem", "den", "der", "des", "zum", "zur", "vom", "im", "beim");

    private static final String MONTHS = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September"
            + "|Oktober|November|Dezember|January|February|March|May|June|July|October|December)";
    private static final String WEEKDAYS = "(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String FULL_YEAR = "(?:19|20)\\d{2}(?!\\d)";

    private static final Pattern MONTH_WORD = compile(MONTHS);

    /** Dates written only with digits; their year part is not a "standing alone" year. */
    private static final Pattern NUMERIC_DATE = compile(
            "(?<![\\d.,])" + DAY + "\\.(?:(?:0?[1-9]|1[0-2])\\.(?:19|20)?\\d{2}|(?:0[1-9]|1[0-2])\\.)(?!\\d)"
            + "|(?<!\\d)(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?!\\d)");

    private static final Pattern DATE_PATTERN = compile(
            NUMERIC_DATE.pattern()
            + "|(?<![\\d.,])" + DAY + "(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTHS + "\\b(?:\\s+" + FULL_YEAR + ")?"
            + "|\\b" + MONTHS + "\\s+" + DAY + "(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+" + FULL_YEAR + ")?"
            + "|\\b" + MONTHS + "\\s+" + FULL_YEAR
            + "|(?i:\\b(?:am|an diesem|an jenem|vergangenen|kommenden|nächsten|on|this|next|last)\\s+)"
            + WEEKDAYS + "\\b");

    /** A plausible calendar year that is not part of a longer number such as 3.2019 or 20.000. */
    private static final Pattern YEAR_PATTERN = compile("(?<![\\d.,])" + FULL_YEAR + "(?![.,]\\d)");

    /** Any digit not glued to letters (so "G7" is a name, not a figure). */
    private static final Pattern DIGIT = compile("(?<!\\p{L})\\d");

    private static final Pattern PERCENTAGE_PATTERN = compile(
            "%|(?i:\\bprozent|\\bpercent\\b|\\bpercentage points?\\b|\\bper\\s+cent\\b)");

    private static final String CURRENCY = "(?:[€$£]|(?i:\\b(?:US-Dollar|Euros?|Dollars?|Franken|Pfund|pounds?"
            + "|EUR|USD|CHF|GBP)\\b))";
    private static final String SCALE = "(?:Mio\\.|Mrd\\.|(?i:Millionen|Million|Milliarden|Milliarde|Billionen"
            + "|billion|trillion|bn)\\b)";
    private static final Pattern MONEY_PATTERN = compile(
            CURRENCY + "\\s?\\d"
            // only from the first digit of a figure: an attempt from every digit of a long run was quadratic
            + "|(?<![\\d.,'])\\d[\\d.,']*\\s*(?:" + SCALE + "\\s*)?" + CURRENCY
            + "|" + SCALE + "\\s+" + CURRENCY);

    /** Quotation pairs; the capture group is the quoted part, which must be at least two characters. */
    private static final Pattern QUOTE_PATTERN = compile(
            "„([^„“”]*)[“”]|»([^»«]*)«|«([^«»]*)»|\"([^\"]*)\"|“([^“”]*)”|‚([^‚‘]*)‘");

    private static final Pattern ATTRIBUTION_WORD = compile(
            "(?i:\\b(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|kritisierte|kritisierten"
            + "|forderte|forderten|bekräftigte|bekräftigten|beklagte|beklagten|zufolge"
            + "|said|says|told|added|stated|claimed)\\b"
            + "|\\bnach\\s+(?:eigenen\\s+)?Angaben\\b|\\baccording\\s+to\\b)"
            + "|\\bnach\\s+\\p{L}+\\s+Worten\\b"
            + "|\\b[Ll]aut\\s+(?:\\p{Lu}|(?:dem|der|den|des|einem|einer|eines|eigenen|seinem|seiner|ihrem|ihrer"
            + "|dpa|afp|ap|reuters)\\b)");

    /** German separable verbs: both halves must occur, e.g. "fügte ... hinzu", "warf ... vor". */
    private static final List<Pattern[]> ATTRIBUTION_PAIRS = List.of(
            new Pattern[] {compile("(?i:\\bfügten?\\b|\\bfügt\\b)"), compile("\\bhinzu\\b")},
            new Pattern[] {compile("(?i:\\bwarf(?:en)?\\b|\\bwirft\\b)"), compile("\\bvor\\b")},
            new Pattern[] {compile("(?i:\\bbezeichneten?\\b|\\bbezeichnet\\b)"), compile("\\bals\\b")},
            new Pattern[] {compile("(?i:\\bteilten?\\b|\\bteilt\\b)"), compile("\\bmit\\b")});

    /**
     * Superlatives from a curated stem list, not every word ending in "-ste" ("Liste", "Kosten"). "meist" takes
     * no "-er" ending so that "Bürgermeister"/"Meister" stay out. "erste ... seit" / "first ... since" need no
     * pattern of their own: "erste" and "first" already mark the sentence.
     */
    private static final Pattern SUPERLATIVE_PATTERN = compile(
            "(?i:\\b(?:zweit|dritt|welt)?(?:höchst|größt|niedrigst|wichtigst|best|schlimmst|stärkst|schwächst"
            + "|tiefst|ältest|teuerst|günstigst|schnellst|häufigst|kleinst|geringst|erst|letzt)(?:e|en|er|es|em)\\b"
            + "|\\bmeist(?:e|en|es)\\b|\\bam\\s+meisten\\b|\\berstmals\\b|\\bletztmals\\b"
            + "|\\b\\p{L}*rekord(?!er\\b|ern\\b|ers\\b)\\p{L}*|\\bso\\s+\\p{L}+\\s+wie\\s+nie\\b"
            + "|\\b(?:first|largest|biggest|highest|lowest|most|best|worst|greatest|smallest|records?|ever)\\b)");

    private CheckWorthiness() {
    }

    /**
     * Sentences of the text that contain checkable facts, in text order, each with its reasons (sorted, no
     * duplicates).
     *
     * @param text     canonical story text, paragraphs joined by "\n\n"
     * @param language "de" or "en"; both rule sets are applied either way (see class comment), the value is
     *                 checked so that a caller passing an unsupported language notices
     * @return the candidates, possibly empty, never null
     */
    public static List<Candidate> candidates(String text, String language) {
        Objects.requireNonNull(text, "text");
        String lang = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
        if (!lang.equals("de") && !lang.equals("en")) {
            throw new IllegalArgumentException("unsupported language: " + language);
        }
        List<Candidate> result = new ArrayList<>();
        for (int[] span : sentenceSpans(text)) {
            String sentence = text.substring(span[0], span[1]);
            List<String> reasons = reasons(sentence);
            if (!reasons.isEmpty()) {
                result.add(new Candidate(span[0], span[1], sentence, reasons));
            }
        }
        return List.copyOf(result);
    }

    /** Every reason that applies to one sentence, sorted. */
    static List<String> reasons(String sentence) {
        Set<String> reasons = new TreeSet<>();
        boolean hasDate = DATE_PATTERN.matcher(sentence).find();
        if (hasDate) {
            reasons.add(DATE);
        }
        // A year inside 12.01.2022 is part of the date, not a year "standing alone"; "Juli 2019" keeps its year.
        if (YEAR_PATTERN.matcher(mask(sentence, NUMERIC_DATE)).find()) {
            reasons.add(YEAR);
        }
        // Digits that are only a date or a year are already reported as such and are not a "number".
        if (DIGIT.matcher(mask(mask(sentence, DATE_PATTERN), YEAR_PATTERN)).find()) {
            reasons.add(NUMBER);
        }
        addIf(reasons, PERCENTAGE, PERCENTAGE_PATTERN.matcher(sentence).find());
        addIf(reasons, MONEY, MONEY_PATTERN.matcher(sentence).find());
        addIf(reasons, QUOTE, hasQuote(sentence));
        addIf(reasons, ATTRIBUTION, hasAttribution(sentence));
        addIf(reasons, SUPERLATIVE, SUPERLATIVE_PATTERN.matcher(sentence).find());
        return List.copyOf(reasons);
    }

    private static void addIf(Set<String> reasons, String reason, boolean applies) {
        if (applies) {
            reasons.add(reason);
        }
    }

    private static boolean hasQuote(String sentence) {
        Matcher m = QUOTE_PATTERN.matcher(sentence);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && m.group(g).strip().length() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAttribution(String sentence) {
        if (ATTRIBUTION_WORD.matcher(sentence).find()) {
            return true;
        }
        return ATTRIBUTION_PAIRS.stream()
                .anyMatch(pair -> pair[0].matcher(sentence).find() && pair[1].matcher(sentence).find());
    }

    /** Blanks out matches with spaces, keeping length, so later rules do not see those digits again. */
    private static String mask(String s, Pattern pattern) {
        StringBuilder sb = new StringBuilder(s);
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** Sentence spans {start, end} of the whole text, trimmed, in text order. */
    static List<int[]> sentenceSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int separator = text.indexOf(PARAGRAPH_SEPARATOR, from);
            int to = separator < 0 ? text.length() : separator;
            spans.addAll(splitParagraph(text, from, to, true));
            if (separator < 0) {
                return spans;
            }
            from = separator + PARAGRAPH_SEPARATOR.length();
        }
    }

    /**
     * Splits one paragraph at sentence terminators. Terminators inside a quotation do not count; a terminator
     * right before the closing quote does ({@code "Wir kommen."} ends the sentence after the quote). If a
     * quotation never closes, it is a stray quote mark, and the paragraph is split again ignoring quotes so
     * one typo cannot glue a whole paragraph into one "sentence".
     */
    private static List<int[]> splitParagraph(String text, int from, int to, boolean honourQuotes) {
        List<int[]> spans = new ArrayList<>();
        char closer = NO_QUOTE;
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (TERMINATORS.indexOf(c) < 0) {
                if (honourQuotes) {
                    closer = quoteState(c, closer);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < to && TERMINATORS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            boolean singleDot = c == '.' && end == i + 1;
            if (closer != NO_QUOTE && end < to && closes(text.charAt(end), closer)) {
                closer = NO_QUOTE;
                end++;
            }
            if (closer == NO_QUOTE && endsSentence(text, from, i, end, to, singleDot)) {
                addTrimmed(text, start, end, spans);
                start = end;
            }
            i = end;
        }
        if (honourQuotes && closer != NO_QUOTE) {
            return splitParagraph(text, from, to, false);
        }
        addTrimmed(text, start, to, spans);
        return spans;
    }

    /** Tracks one level of quotation: returns the closing mark now expected, or {@link #NO_QUOTE}. */
    private static char quoteState(char c, char closer) {
        if (closer != NO_QUOTE) {
            return closes(c, closer) ? NO_QUOTE : closer;
        }
        return switch (c) {
            case '„' -> '“';
            case '»' -> '«';
            case '«' -> '»';
            case '“' -> '”';
            case '"' -> '"';
            default -> NO_QUOTE;
        };
    }

    /** German „…“ is also typed „…” often enough to accept both closers. */
    private static boolean closes(char c, char closer) {
        return c == closer || (closer == '“' && c == '”');
    }

    /**
     * Whether the terminator run {@code [dot, end)} ends a sentence: it must be followed by whitespace or the
     * paragraph end, the next word must not start in lower case (German and English sentences start upper
     * case, so "Dr. med." or '"Warum?" fragte er' continue), and a single period must not close an
     * abbreviation or an ordinal number.
     */
    private static boolean endsSentence(String text, int from, int dot, int end, int to, boolean singleDot) {
        if (end < to && !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        String next = wordAfter(text, end, to);
        if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        return !singleDot || !(isAbbreviation(text, from, dot) || isOrdinal(text, from, dot, next));
    }

    /**
     * Known abbreviations, dotted letter groups (z.B., u.a., e.g., U.S.) and single letters ("z. B.", initials
     * as in "George W. Bush"). The price is that "Plan B." at a sentence end does not split.
     */
    private static boolean isAbbreviation(String text, int from, int dot) {
        String token = tokenBefore(text, from, dot) + ".";
        return ABBREVIATIONS.contains(token)
                || token.matches("\\p{L}(?:\\.\\p{L})+\\.")
                || token.matches("\\p{L}\\.");
    }

    /**
     * A short number with a period is a German ordinal ("2. Januar", "am 3. Tag") rather than a sentence end
     * when a month name follows or an article/preposition that governs ordinals precedes it.
     */
    private static boolean isOrdinal(String text, int from, int dot, String next) {
        String token = tokenBefore(text, from, dot);
        if (!token.matches("\\d{1,3}")) {
            return false;
        }
        if (MONTH_WORD.matcher(next).matches()) {
            return true;
        }
        int tokenStart = dot - token.length();
        String previous = tokenBefore(text, from, skipWhitespaceBackwards(text, from, tokenStart));
        return ORDINAL_LEADS.contains(previous);
    }

    /** The non-whitespace run ending just before {@code pos}, without leading brackets or quote marks. */
    private static String tokenBefore(String text, int from, int pos) {
        int s = pos;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, pos).replaceFirst("^[(\\[„“\"»«‚]+", "");
    }

    private static int skipWhitespaceBackwards(String text, int from, int pos) {
        int p = pos;
        while (p > from && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** The letters of the next word after {@code pos}, skipping whitespace and opening quotes/brackets. */
    private static String wordAfter(String text, int pos, int to) {
        int s = pos;
        while (s < to && (Character.isWhitespace(text.charAt(s)) || "(„“\"»«‚".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        int e = s;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            spans.add(new int[] {s, e});
        }
    }

    /** Unicode-aware word boundaries and classes, so "\b" works next to umlauts and ß. */
    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
