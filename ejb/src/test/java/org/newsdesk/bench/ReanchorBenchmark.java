package org.newsdesk.bench;

import org.newsdesk.factcheck.entity.AnchorStatus;

import org.newsdesk.factcheck.control.Anchor;
import org.newsdesk.factcheck.control.Anchoring;
import org.newsdesk.story.control.WordDiff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Re-anchoring 100 claims after a one-word edit of a 5,000-word story (docs/BENCHMARKS.md). Two measures: the
 * re-anchoring alone (the diff is computed once per save and shared by all claims), and with the diff included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReanchorBenchmark {

    private String oldText;
    private String newText;
    private List<WordDiff.Op> ops;
    private final List<Anchoring.Located> claims = new ArrayList<>();

    @Setup
    public void story() throws Exception {
        Random random = new Random(11);
        String[] words = ("Nato Russland Ukraine Bündnis Gespräche Moskau Brüssel Sicherheit Deeskalation Grenze "
                + "Truppen Außenminister Verteidigung Dialog Haushalt Milliarden Euro Regierung der die das und mit")
                .split(" ");
        StringBuilder text = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        int count = 0;
        for (int paragraph = 0; count < 5000; paragraph++) {
            for (int s = 0; s < 5 && count < 5000; s++) {
                StringBuilder sentence = new StringBuilder("Satz" + paragraph + "x" + s);
                for (int w = 0; w < 9; w++) {
                    sentence.append(' ').append(words[random.nextInt(words.length)]);
                }
                sentence.append('.');
                count += 10;
                sentences.add(sentence.toString());
                text.append(sentence).append(s < 4 ? " " : "\n\n");
            }
        }
        oldText = text.toString().strip();
        newText = oldText.replaceFirst("Satz250x2 (\\S+)", "Satz250x2 Eilmeldung");
        ops = WordDiff.diff(oldText, newText);
        for (int i = 0; i < 100; i++) {
            claims.add(Anchoring.locate(oldText, sentences.get(i * 5 + 1), null, null, null));
        }
    }

    @Benchmark
    public int reanchorHundredClaims() {
        int intact = 0;
        for (Anchoring.Located claim : claims) {
            Anchor anchor = Anchoring.reanchor(claim.quote(), new Anchor(AnchorStatus.INTACT, claim.start(), claim.end(),
                    claim.quote().exact()), oldText, newText, ops);
            intact += anchor.status() == AnchorStatus.INTACT ? 1 : 0;
        }
        return intact;
    }

    @Benchmark
    public int diffAndReanchorHundredClaims() {
        List<WordDiff.Op> fresh = WordDiff.diff(oldText, newText);
        int intact = 0;
        for (Anchoring.Located claim : claims) {
            Anchor anchor = Anchoring.reanchor(claim.quote(), new Anchor(AnchorStatus.INTACT, claim.start(), claim.end(),
                    claim.quote().exact()), oldText, newText, fresh);
            intact += anchor.status() == AnchorStatus.INTACT ? 1 : 0;
        }
        return intact;
    }
}
