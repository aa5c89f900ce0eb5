package org.newsdesk.load;

import org.HdrHistogram.Histogram;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load benchmark's results as Markdown, the source of the load tables in docs/BENCHMARKS.md. */
final class Report {

    private final StringBuilder md = new StringBuilder();
    private final Instant started;
    private final String seeded;
    private final int[] levels;
    private final List<LoadBenchmark.Run> saves;
    private final List<LoadBenchmark.Run> baselines;
    private final List<LoadBenchmark.Run> mixes;
    private final double saveCapacity;
    private final double baselineCapacity;
    private final LoadBenchmark.Run openSave;
    private final LoadBenchmark.Run openBaseline;
    private final LoadBenchmark.Run profiled;
    private final List<ServerProbe.StatementCount> statements;
    private final Profile profile;
    private final boolean statementStats;

    Report(Instant started, String seeded, int[] levels, List<LoadBenchmark.Run> saves, List<LoadBenchmark.Run> baselines,
           List<LoadBenchmark.Run> mixes, double saveCapacity, double baselineCapacity, LoadBenchmark.Run openSave,
           LoadBenchmark.Run openBaseline, LoadBenchmark.Run profiled, List<ServerProbe.StatementCount> statements,
           Profile profile, boolean statementStats) {
        this.started = started;
        this.seeded = seeded;
        this.levels = levels;
        this.saves = saves;
        this.baselines = baselines;
        this.mixes = mixes;
        this.saveCapacity = saveCapacity;
        this.baselineCapacity = baselineCapacity;
        this.openSave = openSave;
        this.openBaseline = openBaseline;
        this.profiled = profiled;
        this.statements = statements;
        this.profile = profile;
        this.statementStats = statementStats;
    }

    String markdown() {
        LoadPlan first = saves.get(0).plan();
        line("# Load benchmark (%s)", System.getProperty("load.label", "run"));
        line("");
        line("Commit %s, started %s, %d cores, Gatling %s. **Database mode: durable** (the run command's PostgreSQL:"
                        + " fsync=on, synchronous_commit=on); the disk: %s.",
                System.getProperty("load.commit", "?"), started.toString().substring(0, 16) + "Z",
                Runtime.getRuntime().availableProcessors(), "3.15.1", System.getProperty("load.fsync", "not measured"));
        line("Seeded through the API: %s. Load generator and server share the machine. Each closed run: %d s"
                + " warm-up, %d s measured; every save changes one word for real (a new revision each time).",
                seeded, first.warmupSeconds, first.measureSeconds);
        line("");
        line("## Saves against the baseline (closed model)");
        line("");
        line("| users | saves/s | save p50 | p95 | p99 | errors | baseline/s | baseline p50 | p95 | p99 | errors"
                + " | saves ÷ baseline |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < saves.size(); i++) {
            LoadBenchmark.Run save = saves.get(i);
            LoadBenchmark.Run baseline = baselines.get(i);
            line("| %d | %.1f | %s | %s | %s | %d | %.1f | %s | %s | %s | %d | %.2f |", levels[i],
                    save.throughput("save"), ms(save, "save", 50), ms(save, "save", 95), ms(save, "save", 99),
                    save.latencies().errors("save"), baseline.throughput("baseline"), ms(baseline, "baseline", 50),
                    ms(baseline, "baseline", 95), ms(baseline, "baseline", 99),
                    baseline.latencies().errors("baseline"),
                    save.throughput("save") / Math.max(0.001, baseline.throughput("baseline")));
        }
        line("");
        line("**Saturation: %.1f saves/s against %.1f baseline writes/s — saves ÷ baseline = %.2f** (goal ≥ 0.5).",
                saveCapacity, baselineCapacity, saveCapacity / Math.max(0.001, baselineCapacity));
        line("");
        line("## Open model: arrivals at half the save capacity (%.1f/s)", openSave.plan().arrivalsPerSecond);
        line("");
        line("Latency from each user's arrival to its answer (HdrHistogram, no coordinated omission), %d s measured"
                + " after %d s.", openSave.plan().measureSeconds, openSave.plan().warmupSeconds);
        line("");
        line("| operation | answered/s | p50 | p95 | p99 | max | errors |");
        line("|---|---|---|---|---|---|---|");
        openRow(openSave, "save");
        openRow(openBaseline, "baseline");
        line("");
        line("**Save p95 at half capacity: %s** (goal < 50 ms).", ms(openSave, "save", 95));
        line("");
        line("## Newsroom mix (closed model)");
        line("");
        line("Editors 40 %% (open a story, save a small edit), fact-checkers 20 %% (read a story's claims, rate one),"
                + " everyone else 40 %% (list stories, open My desk, read a story).");
        line("");
        line("| users | operation | per s | p50 | p95 | p99 | errors |");
        line("|---|---|---|---|---|---|---|");
        for (int i = 0; i < mixes.size(); i++) {
            LoadBenchmark.Run mix = mixes.get(i);
            for (Map.Entry<String, Histogram> operation : mix.latencies().measured().entrySet()) {
                String name = operation.getKey();
                line("| %d | %s | %.1f | %s | %s | %s | %d |", levels[i], name, mix.throughput(name), ms(mix, name, 50),
                        ms(mix, name, 95), ms(mix, name, 99), mix.latencies().errors(name));
            }
        }
        line("");
        line("## Server work per operation (closed runs, whole run)");
        line("");
        line("| users | operation | Payara CPU ms | PostgreSQL CPU ms | statements | WAL bytes |");
        line("|---|---|---|---|---|---|");
        for (int i = 0; i < saves.size(); i++) {
            work(levels[i], saves.get(i), "save");
            work(levels[i], baselines.get(i), "baseline");
        }
        if (!statementStats) {
            line("");
            line("(pg_stat_statements was not loaded: statements not counted.)");
        }
        line("");
        line("## Statements per save (the profiled run: 50 users, %d saves)", profiled.latencies().done("save"));
        line("");
        line("| per save | statement |");
        line("|---|---|");
        double count = Math.max(1, profiled.latencies().done("save"));
        for (ServerProbe.StatementCount statement : statements) {
            line("| %.2f | `%s` |", statement.calls() / count, shorten(statement.query()));
        }
        line("");
        line("## Where the CPU goes (JDK Flight Recorder, the same run, %d samples)", profile.samples);
        line("");
        shares("By the layer of the sampled code (JDK code counts for the library that called it):", "layer",
                "%s", profile.layers);
        shares("Newsdesk methods on the stack (inclusive):", "method", "`%s`", profile.newsdeskMethods);
        shares("Hottest methods (self):", "method", "`%s`", profile.hotMethods);
        return md.toString();
    }

    /** A titled table of profile shares; the last one ends the report. */
    private void shares(String title, String what, String nameFormat, List<Profile.Share> shares) {
        line(title);
        line("");
        line("| %s | share |", what);
        line("|---|---|");
        for (Profile.Share share : shares) {
            line("| " + nameFormat + " | %.1f %% |", share.name(), share.percent());
        }
        line("");
    }

    private void openRow(LoadBenchmark.Run run, String operation) {
        Histogram histogram = run.latencies().measured().get(operation);
        line("| %s | %.1f | %s | %s | %s | %s | %d |", operation, run.throughput(operation), ms(run, operation, 50),
                ms(run, operation, 95), ms(run, operation, 99),
                histogram == null ? "–" : String.format(Locale.ROOT, "%.1f", histogram.getMaxValue() / 1_000.0),
                run.latencies().errors(operation));
    }

    private void work(int users, LoadBenchmark.Run run, String operation) {
        ServerProbe.Reading spent = run.spent();
        line("| %d | %s | %.2f | %.2f | %.1f | %.0f |", users, operation,
                run.per(spent.payaraCpuSeconds() * 1_000, operation),
                run.per(spent.postgresCpuSeconds() * 1_000, operation),
                run.per(spent.statements(), operation), run.per(spent.walBytes(), operation));
    }

    private static String ms(LoadBenchmark.Run run, String operation, double percentile) {
        double value = run.millis(operation, percentile);
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String shorten(String query) {
        String flat = query.replaceAll("\\s+", " ").replace("|", "\\|");
        return flat.length() > 140 ? flat.substring(0, 140) + " …" : flat;
    }

    private void line(String format, Object... values) {
        md.append(String.format(Locale.ROOT, format, values)).append('\n');
    }
}
