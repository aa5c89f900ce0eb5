package org.newsdesk.story.control;

import org.newsdesk.story.entity.DiffOperation;

import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Word-level diff between two versions of a story text, as shown on the history screen.
 * <p>
 * Editors think in words, not characters: a character diff of "30" → "32" would show a lone
 * "0" → "2", which is hard to read and hides that a fact changed. So the texts are split into
 * word, whitespace and punctuation tokens, diffed with Myers' algorithm (java-diff-utils), and the
 * result is rendered as runs of equal, deleted and inserted text that reproduce both versions exactly.
 */
public final class WordDiff {

    /** One run of the diff. */
    public record Op(DiffOperation op, String text) { }

    static final DiffOperation EQUAL = DiffOperation.EQUAL;
    static final DiffOperation INSERT = DiffOperation.INSERT;
    static final DiffOperation DELETE = DiffOperation.DELETE;

    /** Every quotation mark an editor may type or an agency feed may deliver, German, French and English style. */
    private static final String QUOTATION_MARKS = "\"„“”»«‚‘’'‹›";

    /** Day.month.year as written in German copy, e.g. 12.01.2022 or 1.2.22. */
    private static final Pattern GERMAN_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})");
    /** ISO dates as they appear in agency material, e.g. 2022-01-12. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A plausible year in news copy; other 4-digit numbers are amounts, not dates. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    /**
     * Month names, matched case-sensitively: German nouns and English months are capitalised,
     * which keeps the English modal verb "may" from being reported as a date.
     */
    private static final Set<String> MONTHS = Set.of(
            "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember",
            "January", "February", "March", "May", "June", "July", "October", "December");

    private WordDiff() {
    }

    /**
     * Word-level diff of two canonical texts. Adjacent ops of the same kind are merged; no op has empty text.
     * Concatenating the texts of equal+delete ops (in order) gives exactly a; equal+insert gives exactly b.
     * <p>
     * Between two equal runs, all deleted text comes first and all inserted text second, so a replaced
     * word always reads as "delete, insert" regardless of how Myers happened to order its deltas.
     *
     * @param a the older text; {@code null} counts as ""
     * @param b the newer text; {@code null} counts as ""
     * @return the ops in text order, empty only if both texts are empty
     */
    public static List<Op> diff(String a, String b) {
        List<String> sourceParagraphs = paragraphs(a);
        List<String> targetParagraphs = paragraphs(b);
        OpsBuilder ops = new OpsBuilder();
        BoundedDiff differ = new BoundedDiff(); // one budget for the whole comparison
        int position = 0;
        for (BoundedDiff.Change change : differ.changes(sourceParagraphs, targetParagraphs)) {
            ops.equal(sourceParagraphs.subList(position, change.position()));
            List<String> removed = change.removed();
            List<String> added = change.added();
            if (removed.size() == added.size() && change.detailed()) {
                for (int i = 0; i < removed.size(); i++) {
                    words(removed.get(i), added.get(i), ops, differ);
                }
            } else {
                words(String.join("", removed), String.join("", added), ops, differ);
            }
            position = change.position() + removed.size();
        }
        ops.equal(sourceParagraphs.subList(position, sourceParagraphs.size()));
        return ops.build();
    }

    /**
     * Paragraphs first, then words: unchanged paragraphs are matched whole, and only changed ones are diffed word
     * by word. Myers' cost grows with text length times number of differences; per paragraph both stay small, so
     * two far-apart revisions of a long story still compare in milliseconds.
     */
    private static void words(String a, String b, OpsBuilder ops, BoundedDiff differ) {
        List<String> source = tokenize(a);
        List<String> target = tokenize(b);
        int position = 0;
        for (BoundedDiff.Change change : differ.changes(source, target)) {
            ops.equal(source.subList(position, change.position()));
            ops.delete(change.removed());
            ops.insert(change.added());
            position = change.position() + change.removed().size();
        }
        ops.equal(source.subList(position, source.size()));
    }

    /** Splits at blank lines, each paragraph keeping its trailing separator, so that the parts concatenate to the text. */
    private static List<String> paragraphs(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        int start = 0;
        int blank;
        while ((blank = text.indexOf("\n\n", start)) >= 0) {
            int end = blank + 2;
            while (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    /**
     * Splits text into tokens whose concatenation is exactly the text: runs of letters/digits (Unicode-aware:
     * umlauts, ß, accented letters count as letters; a word may contain inner apostrophes or hyphens such as
     * "Vize-Außenminister" or "don't" -> keep "Vize-Außenminister" as one token), runs of whitespace
     * (including \n\n), and every other character (punctuation, typographic quotes „ “ » « " ') as its own token.
     * Numbers like 12.01.2022, 3,5 or 1.000 stay one token (digits joined by . or , followed by a digit).
     * <p>
     * Keeping compound words and numbers whole means a changed figure or name shows up as one replaced
     * token instead of a confusing partial match on a shared prefix.
     *
     * @param text the text to split; {@code null} counts as ""
     * @return the tokens, never empty strings
     */
    public static List<String> tokenize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int first = text.codePointAt(start);
            int end;
            if (isWordChar(first)) {
                end = endOfWord(text, start);
            } else if (isSpace(first)) {
                end = endOfSpace(text, start);
            } else {
                end = start + Character.charCount(first);
            }
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    /**
     * Which kinds of checkable facts a diff touches, for the history screen's hints: a subset of
     * "number" (a changed token containing a digit), "date" (a changed token that is a date such as 12.01.2022,
     * 2022-01-12, a German or English month name, or a 4-digit year 1900-2099), "quotation" (an inserted or
     * deleted quotation mark of any kind: " „ “ ” » « ‚ ‘ ’ '). Returned sorted (e.g. a TreeSet).
     * "Changed" means text of insert or delete ops; tokens are found with tokenize().
     * <p>
     * These are the edits a fact checker must look at again: figures, dates and who said what.
     *
     * @param ops the result of {@link #diff(String, String)}; {@code null} counts as no ops
     * @return the hint names in alphabetical order
     */
    public static Set<String> hints(List<Op> ops) {
        SortedSet<String> hints = new TreeSet<>();
        if (ops == null) {
            return hints;
        }
        for (Op op : ops) {
            if (op.op() == EQUAL) {
                continue;
            }
            for (String token : tokenize(op.text())) {
                if (token.chars().anyMatch(Character::isDigit)) {
                    hints.add("number");
                }
                if (isDate(token)) {
                    hints.add("date");
                }
                if (token.length() == 1 && QUOTATION_MARKS.indexOf(token.charAt(0)) >= 0) {
                    hints.add("quotation");
                }
            }
        }
        return hints;
    }

    /** The number of words (tokens with a letter or digit) in a text: the size of a first revision. */
    public static int countWords(String text) {
        return (int) tokenize(text).stream().filter(WordDiff::isWord).count();
    }

    /** The number of inserted plus deleted words of a diff: the "size of change" in the history. */
    public static int countChangedWords(List<Op> ops) {
        int words = 0;
        for (Op op : ops) {
            if (op.op() != EQUAL) {
                words += countWords(op.text());
            }
        }
        return words;
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isDate(String token) {
        return MONTHS.contains(token)
                || GERMAN_DATE.matcher(token).matches()
                || ISO_DATE.matcher(token).matches()
                || YEAR.matcher(token).matches();
    }

    /** Returns the end of the word starting at {@code start}, swallowing inner joiners between word characters. */
    private static int endOfWord(String text, int start) {
        int length = text.length();
        int previous = text.codePointAt(start);
        int index = start + Character.charCount(previous);
        while (index < length) {
            int current = text.codePointAt(index);
            int width = Character.charCount(current);
            if (isWordChar(current)) {
                previous = current;
                index += width;
                continue;
            }
            if (index + width >= length) {
                break;
            }
            int next = text.codePointAt(index + width);
            if (!joinsWord(previous, current, next)) {
                break;
            }
            previous = next;
            index += width + Character.charCount(next);
        }
        return index;
    }

    /**
     * Whether {@code joiner} glues the characters on both sides into one word: apostrophes and hyphens
     * inside a word ("don't", "Vize-Außenminister", "2022-01-12"), and decimal or thousands separators
     * inside a number ("3,5", "1.000", "12.01.2022"). A full stop after a word is sentence punctuation.
     */
    private static boolean joinsWord(int before, int joiner, int after) {
        if (!isWordChar(after)) {
            return false;
        }
        return switch (joiner) {
            case '\'', '’', '-', '\u2010', '\u2011' -> true;
            case '.', ',' -> Character.isDigit(before) && Character.isDigit(after);
            default -> false;
        };
    }

    private static int endOfSpace(String text, int start) {
        int index = start;
        while (index < text.length()) {
            int current = text.codePointAt(index);
            if (!isSpace(current)) {
                break;
            }
            index += Character.charCount(current);
        }
        return index;
    }

    /** Letters and digits of any script, plus combining marks so that decomposed accents stay in their word. */
    private static boolean isWordChar(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Includes no-break spaces, which CMS editors and agency feeds use between numbers and units. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /**
     * Collects ops while keeping the output canonical: no empty texts, no two neighbours of the same kind,
     * and pending deletions always emitted before pending insertions.
     */
    private static final class OpsBuilder {
        private final List<Op> ops = new ArrayList<>();
        private final StringBuilder equal = new StringBuilder();
        private final StringBuilder deleted = new StringBuilder();
        private final StringBuilder inserted = new StringBuilder();

        void equal(List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            flushChanges();
            tokens.forEach(equal::append);
        }

        void delete(List<String> tokens) {
            if (!tokens.isEmpty()) {
                flushEqual();
                tokens.forEach(deleted::append);
            }
        }

        void insert(List<String> tokens) {
            if (!tokens.isEmpty()) {
                flushEqual();
                tokens.forEach(inserted::append);
            }
        }

        List<Op> build() {
            flushEqual();
            flushChanges();
            return Collections.unmodifiableList(ops);
        }

        private void flushEqual() {
            emit(EQUAL, equal);
        }

        private void flushChanges() {
            emit(DELETE, deleted);
            emit(INSERT, inserted);
        }

        private void emit(DiffOperation kind, StringBuilder text) {
            if (text.length() > 0) {
                ops.add(new Op(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
