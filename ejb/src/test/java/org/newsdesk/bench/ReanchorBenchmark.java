package org.newsdesk.bench;

import org.newsdesk.factcheck.control.Anchor;
import org.newsdesk.factcheck.control.Anchoring;
import org.newsdesk.factcheck.control.NewText;
import org.newsdesk.factcheck.control.TextQuote;
import org.newsdesk.factcheck.entity.AnchorStatus;
import org.newsdesk.story.control.WordDiff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Re-anchoring the claims of a 5,000-word story (500 sentences in 100 paragraphs, plus a closing paragraph no
 * claim touches) after a save that really changes the text — the set-up refuses to run when old and new text are
 * equal or when the claims do not come out as the case says:
 * <ul>
 *   <li>{@code intact}: one word of the closing paragraph changes; every claim stays intact;</li>
 *   <li>{@code modified}: one word inside every claimed passage changes; every claim is modified;</li>
 *   <li>{@code orphaned}: every claimed passage is rewritten beyond recognition; every claim is orphaned (the fuzzy
 *       sentence search runs for each);</li>
 *   <li>{@code alreadyOrphaned}: the claims were orphaned by an earlier save, and this save changes one word of the
 *       closing paragraph; they stay orphaned.</li>
 * </ul>
 * With 100 or 500 claims, quoting a sentence (~70 characters) or three (~210, overlapping for 500). Two measures:
 * re-anchoring alone (the save computes the word diff once and hands it, with the new text's sentences, to every
 * claim), and diff included.
 * Results: {@code ejb/target/jmh-results.json} (docs/BENCHMARKS.md is written from it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReanchorBenchmark {

    @Param({"100", "500"})
    public int claims;

    @Param({"intact", "modified", "orphaned", "alreadyOrphaned"})
    public String kind;

    @Param({"sentence", "long"})
    public String quote;

    private String oldText;
    private String newText;
    private List<WordDiff.Op> ops;
    private final List<TextQuote> quotes = new ArrayList<>();
    private final List<Anchor> previous = new ArrayList<>();

    @Setup
    public void story() throws Exception {
        Random random = new Random(11);
        String[] words = ("Nato Russland Ukraine Bündnis Gespräche Moskau Brüssel Sicherheit Deeskalation Grenze "
                + "Truppen Außenminister Verteidigung Dialog Haushalt Milliarden Euro Regierung der die das und mit")
                .split(" ");
        List<String> sentences = new ArrayList<>();
        for (int paragraph = 0; paragraph < 100; paragraph++) {
            for (int s = 0; s < 5; s++) {
                StringBuilder sentence = new StringBuilder("Satz" + paragraph + "x" + s);
                for (int w = 0; w < 9; w++) {
                    sentence.append(' ').append(words[random.nextInt(words.length)]);
                }
                sentences.add(sentence.append('.').toString());
            }
        }
        String closing = "Zum Schluss: die Lage bleibt angespannt, sagte ein Sprecher am Abend.";
        oldText = text(sentences, closing);

        int step = sentences.size() / claims;
        int span = quote.equals("long") ? 3 : 1;
        List<int[]> claimed = new ArrayList<>(); // [first sentence, last sentence] of each claim
        for (int i = 0; i < claims; i++) {
            int first = Math.min(i * step, sentences.size() - span);
            claimed.add(new int[] {first, first + span - 1});
        }

        List<String> changed = new ArrayList<>(sentences);
        String changedClosing = closing;
        switch (kind) {
            case "intact", "alreadyOrphaned" -> changedClosing = closing.replace("angespannt", "ruhig");
            case "modified" -> {
                for (int[] c : claimed) {
                    // the last word of the claim's first sentence
                    changed.set(c[0], changed.get(c[0]).replaceFirst("\\S+\\.$", "Eilmeldung."));
                }
            }
            case "orphaned" -> {
                for (int[] c : claimed) {
                    for (int s = c[0]; s <= c[1]; s++) {
                        changed.set(s, "Gestrichen " + s + ", wegen Platzmangels entfällt der Absatz.");
                    }
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        newText = text(changed, changedClosing);
        if (oldText.equals(newText)) {
            throw new IllegalStateException("the edit must change the text");
        }
        ops = WordDiff.diff(oldText, newText);

        int[] starts = new int[sentences.size() + 1];
        for (int i = 0, at = 0; i < sentences.size(); i++) {
            starts[i] = at;
            at += sentences.get(i).length() + (i % 5 < 4 ? 1 : 2);
        }
        for (int[] c : claimed) {
            String exact = oldText.substring(starts[c[0]], starts[c[1]] + sentences.get(c[1]).length());
            if (kind.equals("alreadyOrphaned")) {
                // quoted from a text that an earlier save rewrote: in neither the old nor the new text
                TextQuote gone = new TextQuote("Vorfassung " + quotes.size() + ": Der Gipfel in Genf wurde auf"
                        + " unbestimmte Zeit verschoben, hieß es aus Kreisen der Delegation.", "", "");
                quotes.add(gone);
                previous.add(Anchor.orphaned());
            } else {
                Anchoring.Located located = Anchoring.locate(oldText, exact, null, null, null);
                quotes.add(located.quote());
                previous.add(new Anchor(AnchorStatus.INTACT, located.start(), located.end(), exact));
            }
        }
        AnchorStatus expected = switch (kind) {
            case "intact" -> AnchorStatus.INTACT;
            case "modified" -> AnchorStatus.MODIFIED;
            default -> AnchorStatus.ORPHANED;
        };
        for (int i = 0; i < quotes.size(); i++) {
            AnchorStatus status = Anchoring.reanchor(quotes.get(i), previous.get(i), oldText, newText, ops).status();
            if (status != expected) {
                throw new IllegalStateException("claim " + i + " is " + status + ", the case " + kind + " needs "
                        + expected);
            }
        }
    }

    private static String text(List<String> sentences, String closing) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i % 5 < 4 ? " " : "\n\n");
        }
        return text.append(closing).toString();
    }

    @Benchmark
    public int reanchor() {
        return reanchorWith(ops);
    }

    @Benchmark
    public int diffAndReanchor() {
        return reanchorWith(WordDiff.diff(oldText, newText));
    }

    /** As a save does it: what all claims share (the diff, the new text's sentences) made once, then each claim. */
    private int reanchorWith(List<WordDiff.Op> diff) {
        NewText revised = new NewText(newText, diff);
        int intact = 0;
        for (int i = 0; i < quotes.size(); i++) {
            intact += Anchoring.reanchor(quotes.get(i), previous.get(i), revised).status()
                    == AnchorStatus.INTACT ? 1 : 0;
        }
        return intact;
    }
}
