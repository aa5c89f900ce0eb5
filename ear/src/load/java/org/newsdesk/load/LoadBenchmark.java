package org.newsdesk.load;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load benchmark: seeds a newsroom through the API of the running server (the run command, started by
 * {@code scripts/load-benchmark.sh} with {@code NEWSDESK_BENCHMARK=true}), then runs Gatling: saves and the baseline
 * at each level of concurrent users (closed model), the newsroom mix at each level, saves at a fixed arrival rate
 * of half the measured save capacity (open model), and one save run under JDK Flight Recorder. Writes
 * {@code load-results.md} into {@code load.results}. Reports, never asserts timings; it does refuse to report when
 * the work is not real (a save that makes no new revision, a baseline that writes no row).
 */
public final class LoadBenchmark {

    /** One finished run: its plan, its latencies and what the server spent. */
    record Run(LoadPlan plan, Latencies latencies, ServerProbe.Reading spent) {

        double throughput(String operation) {
            Histogram histogram = latencies.measured().get(operation);
            return histogram == null ? 0 : histogram.getTotalCount() / latencies.measuredSeconds();
        }

        /** Milliseconds at a percentile of an operation's measured latencies. */
        double millis(String operation, double percentile) {
            Histogram histogram = latencies.measured().get(operation);
            return histogram == null ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
        }

        /** Per operation of {@code operation} over the whole run (warm-up included, as the probe's readings are). */
        double per(double amount, String operation) {
            return amount / Math.max(1, latencies.done(operation));
        }
    }

    private final String baseUrl = System.getProperty("load.baseUrl", "http://localhost:8080");
    private final Path results = Path.of(System.getProperty("load.results", "target/load"));
    private final int warmup = Integer.getInteger("load.warmup", 5);
    private final int seconds = Integer.getInteger("load.seconds", 20);
    private final int[] levels = Arrays.stream(System.getProperty("load.levels", "1,10,50,100,200").split(","))
            .mapToInt(level -> Integer.parseInt(level.strip())).toArray();
    private final int storyCount = Integer.getInteger("load.stories", 240);
    private Fixture fixture;
    private ServerProbe probe;

    public static void main(String[] args) throws Exception {
        new LoadBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(results);
        Path data = Path.of(System.getProperty("load.data"));
        Path payaraHome = Path.of(System.getProperty("load.payaraHome"));
        String jdbc = "jdbc:postgresql://127.0.0.1:" + System.getProperty("load.dbPort", "54320") + "/newsdesk";
        int busiest = Math.max(50, Arrays.stream(levels).max().orElse(0));
        if (busiest > storyCount) {
            throw new IllegalArgumentException("load.stories (" + storyCount + ") must be at least the most users at"
                    + " once (" + busiest + "): every editor saves a story no other editor is saving");
        }
        Instant started = Instant.now();
        say("Seeding " + storyCount + " stories with claims through the API");
        fixture = new Seed(baseUrl, System.getProperty("load.password", "newsdesk-demo")).newsroom(storyCount, 42);
        probe = new ServerProbe(payaraHome.resolve("glassfish/domains/newsdesk/config/pid"), data.resolve("postgres"),
                jdbc);
        checkTheWorkIsReal(jdbc);

        say("Warm-up: the mix with 20 users for 30 s");
        gatling(LoadPlan.closed(baseUrl, LoadPlan.Work.MIX, 20, 0, 30, fixture));

        List<Run> saves = new ArrayList<>();
        List<Run> baselines = new ArrayList<>();
        for (int users : levels) {
            saves.add(measure(LoadPlan.closed(baseUrl, LoadPlan.Work.SAVE, users, warmup, seconds, fixture)));
            baselines.add(measure(LoadPlan.closed(baseUrl, LoadPlan.Work.BASELINE, users, warmup, seconds, fixture)));
        }
        List<Run> mixes = new ArrayList<>();
        for (int users : levels) {
            mixes.add(measure(LoadPlan.closed(baseUrl, LoadPlan.Work.MIX, users, warmup, seconds, fixture)));
        }
        double saveCapacity = saves.stream().mapToDouble(run -> run.throughput("save")).max().orElse(0);
        double baselineCapacity = baselines.stream().mapToDouble(run -> run.throughput("baseline")).max().orElse(0);
        double half = Math.max(1, saveCapacity / 2);
        Run openSave = measure(LoadPlan.open(baseUrl, LoadPlan.Work.SAVE, half, warmup, 30, fixture));
        Run openBaseline = measure(LoadPlan.open(baseUrl, LoadPlan.Work.BASELINE, half, warmup, 30, fixture));

        say("Profile: saves with 50 users under JDK Flight Recorder, statements counted");
        Path recording = results.resolve("save-profile.jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        probe.resetStatements();
        jcmd("JFR.start", "name=newsdesk-load", "settings=profile", "filename=" + recording);
        Run profiled = measure(LoadPlan.closed(baseUrl, LoadPlan.Work.SAVE, 50, warmup, seconds, fixture));
        jcmd("JFR.stop", "name=newsdesk-load");
        List<ServerProbe.StatementCount> statements = probe.topStatements(25);
        Profile profile = Profile.of(recording);

        IntSummaryStatistics bytes = fixture.stories.stream().mapToInt(LoadStory::bytes).summaryStatistics();
        IntSummaryStatistics claims = fixture.stories.stream().mapToInt(story -> story.claimIds.size())
                .summaryStatistics();
        String seeded = String.format(Locale.ROOT, "%d stories of %.1f–%.1f KB body (mean %.1f KB; German two in"
                        + " three), %d–%d claims each (%d in all), every tenth on the reporter's desk",
                bytes.getCount(), bytes.getMin() / 1024.0, bytes.getMax() / 1024.0, bytes.getAverage() / 1024.0,
                claims.getMin(), claims.getMax(), claims.getSum());
        String report = new Report(started, seeded, levels, saves, baselines, mixes, saveCapacity, baselineCapacity,
                openSave, openBaseline, profiled, statements, profile, probe.hasStatementStats()).markdown();
        Files.writeString(results.resolve("load-results.md"), report, StandardCharsets.UTF_8);
        say("Wrote " + results.resolve("load-results.md"));
        probe.close();
    }

    /** Refuses to measure unless a save makes a new revision with the changed text and the baseline writes a row. */
    private void checkTheWorkIsReal(String jdbc) throws Exception {
        LoadStory story = fixture.take();
        HttpClient http = HttpClient.newHttpClient();
        String before = story.etag;
        String body = story.edit("Probe");
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/stories/" + story.id))
                .header("Authorization", fixture.editorAuth).header("If-Match", "\"" + before + "\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        String after = saved.headers().firstValue("ETag").orElse("").replace("\"", "");
        if (saved.statusCode() != 200 || Integer.parseInt(after) != Integer.parseInt(before) + 1) {
            throw new IllegalStateException("a save made no new revision: " + saved.statusCode() + " " + saved.body());
        }
        story.etag = after;
        fixture.giveBack(story);
        long rows = baselineRows(jdbc);
        HttpResponse<String> baseline = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/baseline/" + story.id))
                .header("Authorization", fixture.editorAuth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (baseline.statusCode() != 200 || baselineRows(jdbc) != rows + 1
                || Math.abs(baseline.body().length() - body.length()) > body.length() / 5) {
            throw new IllegalStateException("the baseline is off or wrote nothing (start the server with"
                    + " NEWSDESK_BENCHMARK=true): " + baseline.statusCode() + " " + baseline.body());
        }
    }

    private static long baselineRows(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
             Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select count(*) from load_baseline")) {
            row.next();
            return row.getLong(1);
        }
    }

    private Run measure(LoadPlan plan) throws Exception {
        ServerProbe.Reading before = probe.read();
        gatling(plan);
        Run run = new Run(plan, plan.latencies, probe.read().minus(before));
        say(String.format(Locale.ROOT, "%s: %s", plan.describe(), summary(run)));
        return run;
    }

    private static String summary(Run run) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Histogram> entry : run.latencies().measured().entrySet()) {
            text.append(String.format(Locale.ROOT, "%s %.1f/s p95 %.1f ms errors %d; ", entry.getKey(),
                    run.throughput(entry.getKey()), run.millis(entry.getKey(), 95),
                    run.latencies().errors(entry.getKey())));
        }
        return text.toString();
    }

    private void gatling(LoadPlan plan) {
        LoadPlan.current = plan;
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[]{
            "--simulation", NewsroomSimulation.class.getName(),
            "--results-folder", results.resolve("gatling").toAbsolutePath().toString(),
            "--no-reports"});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status + " in " + plan.describe());
        }
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(probe.payaraPid())));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + output);
        }
    }

    static void say(String text) {
        System.out.println("[load " + Instant.now().toString().substring(11, 19) + "] " + text);
    }
}
