package org.newsdesk.factcheck.control;

import org.newsdesk.factcheck.entity.AnchorStatus;
import org.newsdesk.story.entity.DiffOperation;

import org.newsdesk.story.control.WordDiff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Keeps claims attached to their sentences while a story changes. The promise to the newsroom: what was checked is
 * what gets published. So a claim is only {@code intact} while its exact wording is in the text; when the passage
 * is still there but worded differently it is {@code modified} (and a rated claim needs a re-check); when it is
 * gone it is {@code orphaned}.
 * <p>
 * Re-anchoring uses the revision diff to follow the passage (so a duplicate sentence elsewhere does not capture the
 * claim), and falls back to a fuzzy search over sentences only with a high minimum similarity, so a claim never
 * jumps to an unrelated sentence.
 */
public final class Anchoring {

    /** Characters of context kept on each side of a quote (as in the W3C TextQuoteSelector practice). */
    public static final int CONTEXT = 32;
    /** Minimum word similarity for the passage found through the diff to count as the same claim, reworded. */
    static final double FOLLOW_SIMILARITY = 0.5;
    /** Minimum word similarity for the fuzzy fallback: high, so that unrelated sentences never match. */
    static final double SEARCH_SIMILARITY = 0.7;

    /** A located quote with its context and position. */
    public record Located(TextQuote quote, int start, int end) {
    }

    private Anchoring() {
    }

    /**
     * Finds {@code quote} in {@code text}. Where it occurs more than once, the given prefix and suffix (the text
     * just before and after) and/or start position decide; when nothing decides, the quote is ambiguous.
     */
    public static Located locate(String text, String quote, String prefix, String suffix, Integer start)
            throws AnchorException {
        if (quote == null || quote.isBlank()) {
            throw new AnchorException("the quote is empty");
        }
        List<Integer> found = occurrences(text, quote);
        if (found.isEmpty()) {
            throw new AnchorException("not found in the current text of the story");
        }
        List<Integer> candidates = new ArrayList<>();
        for (int at : found) {
            boolean prefixFits = prefix == null || prefix.isEmpty() || text.substring(0, at).endsWith(prefix);
            boolean suffixFits = suffix == null || suffix.isEmpty() || text.startsWith(suffix, at + quote.length());
            if (prefixFits && suffixFits) {
                candidates.add(at);
            }
        }
        if (candidates.isEmpty()) {
            throw new AnchorException("found, but not with the given prefix/suffix");
        }
        int chosen;
        if (start != null) {
            chosen = candidates.stream().min((a, b) -> Integer.compare(Math.abs(a - start), Math.abs(b - start)))
                    .orElseThrow();
        } else if (candidates.size() == 1) {
            chosen = candidates.get(0);
        } else {
            throw new AnchorException("ambiguous: " + candidates.size()
                    + " occurrences; give prefix, suffix or start to choose one");
        }
        return new Located(quoteAt(text, chosen, chosen + quote.length()), chosen, chosen + quote.length());
    }

    /** The quote at [start, end) of text with its context. */
    public static TextQuote quoteAt(String text, int start, int end) {
        return new TextQuote(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }

    /**
     * Where the claim stands after the story changed from {@code oldText} to {@code newText}
     * ({@code ops} = the word diff between them, computed once for all claims of the story).
     */
    public static Anchor reanchor(TextQuote quote, Anchor previous, String oldText, String newText,
                                  List<WordDiff.Op> ops) {
        return reanchor(quote, previous, new NewText(newText, ops));
    }

    /**
     * The same, with what all claims of one save share computed once ({@link NewText}: the diff, the new text's
     * sentences and their words).
     */
    public static Anchor reanchor(TextQuote quote, Anchor previous, NewText revised) {
        String newText = revised.text;
        List<WordDiff.Op> ops = revised.ops;
        Integer mapped = previous != null && previous.start() != null ? map(ops, previous.start(), true) : null;
        List<Integer> found = occurrences(newText, quote.exact());
        if (!found.isEmpty()) {
            int best = found.get(0);
            long bestScore = Long.MIN_VALUE;
            for (int at : found) {
                long context = commonSuffix(quote.prefix(), newText, at)
                        + commonPrefix(quote.suffix(), newText, at + quote.exact().length());
                long distance = mapped == null ? 0 : Math.abs(at - mapped);
                long score = context * 1_000_000L - distance;
                if (score > bestScore) {
                    bestScore = score;
                    best = at;
                }
            }
            return new Anchor(AnchorStatus.INTACT, best, best + quote.exact().length(), quote.exact());
        }
        if (previous != null && previous.start() != null && previous.end() != null) {
            int start = map(ops, previous.start(), true);
            int end = map(ops, previous.end(), false);
            if (start < end) {
                while (start > 0 && isWord(newText.charAt(start - 1)) && isWord(newText.charAt(start))) {
                    start--;
                }
                while (end < newText.length() && isWord(newText.charAt(end - 1)) && isWord(newText.charAt(end))) {
                    end++;
                }
                while (start < end && Character.isWhitespace(newText.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(newText.charAt(end - 1))) {
                    end--;
                }
                String passage = newText.substring(start, end);
                if (!passage.isEmpty() && similarity(quote.exact(), passage) >= FOLLOW_SIMILARITY) {
                    return new Anchor(AnchorStatus.MODIFIED, start, end, passage);
                }
            }
        }
        // the fuzzy search. A claim orphaned before this save matched no sentence of the old text, so only sentences
        // this save touched can hold it now. A sentence whose shared words cannot reach the minimum similarity (the
        // edit distance is at least the longer length minus the shared words) is skipped without the distance.
        boolean onlyChanged = previous != null && previous.status() == AnchorStatus.ORPHANED;
        List<String> quoteWords = words(quote.exact());
        Map<String, Integer> quoteCounts = counts(quoteWords);
        int[] best = null;
        double bestSimilarity = 0;
        List<int[]> spans = revised.sentences();
        for (int i = 0; i < spans.size(); i++) {
            int[] sentence = spans.get(i);
            if (onlyChanged && !revised.touched(i)) {
                continue;
            }
            List<String> words = revised.words(i);
            int longer = Math.max(quoteWords.size(), words.size());
            double bound = longer == 0 ? 1 : (double) shared(quoteCounts, revised.counts(i)) / longer;
            if (bound < SEARCH_SIMILARITY || bound <= bestSimilarity) {
                continue;
            }
            double similarity = similarity(quoteWords, words);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = sentence;
            }
        }
        if (best != null && bestSimilarity >= SEARCH_SIMILARITY) {
            return new Anchor(AnchorStatus.MODIFIED, best[0], best[1], newText.substring(best[0], best[1]));
        }
        return Anchor.orphaned();
    }

    /**
     * Maps a position of the old text into the new one. A start is placed after text inserted right at it, an end
     * before; a range whose last part was replaced ends after the replacement.
     */
    static int map(List<WordDiff.Op> ops, int position, boolean isStart) {
        int oldPos = 0;
        int newPos = 0;
        for (int i = 0; i < ops.size(); i++) {
            WordDiff.Op op = ops.get(i);
            int length = op.text().length();
            switch (op.op()) {
                case EQUAL -> {
                    if (isStart ? position < oldPos + length : position <= oldPos + length) {
                        return newPos + (position - oldPos);
                    }
                    oldPos += length;
                    newPos += length;
                }
                case DELETE -> {
                    if (isStart ? position < oldPos + length : position <= oldPos + length && position > oldPos) {
                        boolean replaced = i + 1 < ops.size() && ops.get(i + 1).op() == DiffOperation.INSERT;
                        return isStart || !replaced ? newPos : newPos + ops.get(i + 1).text().length();
                    }
                    oldPos += length;
                }
                default -> {
                    if (!isStart && position == oldPos) {
                        return newPos;
                    }
                    newPos += length;
                }
            }
        }
        return newPos;
    }

    /** 1 − word-level edit distance / length of the longer word list; punctuation and case do not count. */
    static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    private static double similarity(List<String> x, List<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (int j = 0; j <= y.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.size(); j++) {
                int cost = x.get(i - 1).equals(y.get(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[y.size()] / Math.max(x.size(), y.size());
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Sentences as [start, end): ended by . ! ? before whitespace, and by paragraph breaks. */
    static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paragraph = c == '\n';
            boolean end = (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (paragraph || end) {
                add(sentences, text, start, paragraph ? i : i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new int[] {start, end});
        }
    }

    static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }

    /** How many words the two texts share, counted as multisets (from their word counts). */
    private static int shared(Map<String, Integer> quote, Map<String, Integer> sentence) {
        int shared = 0;
        for (Map.Entry<String, Integer> word : quote.entrySet()) {
            shared += Math.min(word.getValue(), sentence.getOrDefault(word.getKey(), 0));
        }
        return shared;
    }

    private static List<Integer> occurrences(String text, String quote) {
        List<Integer> found = new ArrayList<>();
        if (quote.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static int commonSuffix(String prefix, String text, int end) {
        int n = 0;
        while (n < prefix.length() && end - n - 1 >= 0
                && prefix.charAt(prefix.length() - 1 - n) == text.charAt(end - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String suffix, String text, int start) {
        int n = 0;
        while (n < suffix.length() && start + n < text.length() && suffix.charAt(n) == text.charAt(start + n)) {
            n++;
        }
        return n;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c);
    }
}
