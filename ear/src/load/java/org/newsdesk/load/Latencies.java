package org.newsdesk.load;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies (microseconds) and outcomes per operation for one run. An operation's latency runs from the moment it
 * was due — the arrival of its virtual user in an open model — to its answer, so a server that falls behind shows
 * its queue in the figures instead of hiding it (no coordinated omission). Operations that start before the end of
 * the warm-up are counted as work but not measured.
 */
final class Latencies {

    private static final long HIGHEST_MICROS = 120_000_000L;

    private final Map<String, Histogram> measured = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private final long measureFrom;
    private final long measureUntil;

    /** Measures operations due from {@code warmupNanos} after now, for {@code measureNanos}. */
    Latencies(long warmupNanos, long measureNanos) {
        this.measureFrom = System.nanoTime() + warmupNanos;
        this.measureUntil = measureFrom + measureNanos;
    }

    /** Records one operation that was due at {@code dueNanos}, answered with {@code status}. */
    void record(String operation, long dueNanos, int status, boolean ok) {
        long now = System.nanoTime();
        done.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
        if (!ok) {
            errors.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
            firstError.putIfAbsent(operation, "HTTP " + status);
        }
        if (dueNanos >= measureFrom && dueNanos < measureUntil) {
            Histogram histogram = measured.computeIfAbsent(operation, k -> new ConcurrentHistogram(HIGHEST_MICROS, 3));
            histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, (now - dueNanos) / 1_000)));
        }
    }

    /** The measured window in seconds. */
    double measuredSeconds() {
        return (measureUntil - measureFrom) / 1e9;
    }

    Map<String, Histogram> measured() {
        return new TreeMap<>(measured);
    }

    long done(String operation) {
        AtomicLong count = done.get(operation);
        return count == null ? 0 : count.get();
    }

    long totalDone() {
        return done.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long errors(String operation) {
        AtomicLong count = errors.get(operation);
        return count == null ? 0 : count.get();
    }

    String firstError(String operation) {
        return firstError.get(operation);
    }
}
