package org.newsdesk.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/** How the benchmarks time things: 20 warm-up calls, then the samples, sorted; rows of p50 and p95. */
final class Timings {

    static final int WARM_UP = 20;

    private Timings() {
    }

    /** Milliseconds of each sample, sorted. The action gets the call's number (warm-up calls first). */
    static double[] time(int samples, IntConsumer action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.accept(i);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            action.accept(WARM_UP + i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    static double p50(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    /** A Markdown row: what, p50, p95. */
    static String row(String what, double[] sorted) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms |", what, p50(sorted), p95(sorted));
    }
}
