package org.newsdesk.factcheck.control;

import org.newsdesk.story.control.WordDiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One save as all its claims see it: the new text, the diff from the old one, and — computed on first use —
 * the new text's sentences with their words and the places the save changed.
 */
public final class NewText {

    final String text;
    final List<WordDiff.Op> ops;
    private List<int[]> sentences;
    private List<List<String>> words;
    private List<Map<String, Integer>> counts;
    private boolean[] touched;

    public NewText(String text, List<WordDiff.Op> ops) {
        this.text = text;
        this.ops = ops;
    }

    List<int[]> sentences() {
        if (sentences == null) {
            sentences = Anchoring.sentences(text);
            words = new ArrayList<>(Collections.nCopies(sentences.size(), null));
            counts = new ArrayList<>(Collections.nCopies(sentences.size(), null));
        }
        return sentences;
    }

    Map<String, Integer> counts(int sentence) {
        Map<String, Integer> found = counts.get(sentence);
        if (found == null) {
            found = Anchoring.counts(words(sentence));
            counts.set(sentence, found);
        }
        return found;
    }

    List<String> words(int sentence) {
        List<String> found = words.get(sentence);
        if (found == null) {
            int[] span = sentences.get(sentence);
            found = Anchoring.words(text.substring(span[0], span[1]));
            words.set(sentence, found);
        }
        return found;
    }

    /**
     * Whether the save inserted text into the sentence, or deleted some in it or right at its edges. Worked out
     * for all sentences at once on first use, in one pass over both ordered lists.
     */
    boolean touched(int sentence) {
        if (touched == null) {
            List<int[]> changes = new ArrayList<>();
            int at = 0;
            for (WordDiff.Op op : ops) {
                switch (op.op()) {
                    case EQUAL -> at += op.text().length();
                    case INSERT -> {
                        changes.add(new int[] {at, at + op.text().length()});
                        at += op.text().length();
                    }
                    default -> changes.add(new int[] {at, at});
                }
            }
            List<int[]> spans = sentences();
            touched = new boolean[spans.size()];
            int c = 0;
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                while (c < changes.size() && changes.get(c)[1] < span[0] - 1) {
                    c++;
                }
                // changes from c on end at or after this sentence's start; the first one decides
                touched[i] = c < changes.size() && changes.get(c)[0] <= span[1] + 1;
            }
        }
        return touched[sentence];
    }
}
