package org.newsdesk.run;

import jakarta.json.Json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The crash test of docs/RELIABILITY.md: Payara Server and the durable PostgreSQL of the run command (its own
 * domain, a data directory of its own), {@code savers} editors saving without pause, and in each round a kill -9 at
 * a random moment — by turns of PostgreSQL and of Payara (then started again: the deployment is kept by the domain, as in production) or of
 * PostgreSQL (then started again while Payara runs on: health must go DOWN and come back UP, and saves succeed
 * again without a restart of Payara). After each round every acknowledged save must be there ({@link CrashChecks}).
 * Then {@code racing} saves race in groups of 100 on the same base revision: exactly one per base may win.
 * Writes {@code crash-results.md}; exits 1 on any loss or broken rule.
 *
 * <p>System properties: {@code crash.rounds} (default 3), {@code crash.savers} (200), {@code crash.racing} (1000),
 * {@code crash.data}, {@code crash.results}, {@code newsdesk.ear}, {@code newsdesk.payaraHome}.
 */
public final class CrashTest {

    private static final String BASE = "http://localhost:8080";
    private static final String PASSWORD = System.getenv().getOrDefault("NEWSDESK_DEMO_PASSWORD", "newsdesk-demo");

    private final int rounds = Integer.getInteger("crash.rounds", 3);
    private final int saverCount = Integer.getInteger("crash.savers", 200);
    private final int racing = Integer.getInteger("crash.racing", 1_000);
    private final Path data = Path.of(System.getProperty("crash.data", "target/crash-data")).toAbsolutePath();
    private final Path results = Path.of(System.getProperty("crash.results", "target/crash-results.md"));
    private final int dbPort = Integer.getInteger("crash.dbPort", 54331);
    private final Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
    private final ApiClient api = new ApiClient(BASE);
    private final StringBuilder report = new StringBuilder();
    private PayaraServer payara;
    private EmbeddedDatabase database;
    private Map<String, String> environment;
    private boolean failed;

    public static void main(String[] args) throws Exception {
        CrashTest test = new CrashTest();
        boolean ok;
        try {
            ok = test.run();
        } finally {
            test.shutDown();
        }
        System.exit(ok ? 0 : 1);
    }

    private boolean run() throws Exception {
        PayaraServer.deleteTree(data);
        Files.createDirectories(data);
        payara = new PayaraServer(Path.of(System.getProperty("newsdesk.payaraHome")), data.resolve("asadmin.log"));
        payara.createDomainIfMissing();
        if (payara.leftover().isPresent()) {
            payara.stop();
        }
        payara.forgetDeployment();
        payara.sizeHttpThreadPool(32);
        NewsdeskRunner.requireFree(8080, "HTTP");
        NewsdeskRunner.requireFree(4848, "Payara admin");
        // not "clean": closing a clean embedded PostgreSQL deletes its data (this test empties the folder itself)
        database = EmbeddedDatabase.start(data.resolve("postgres"), dbPort, false, true);
        environment = NewsdeskRunner.serverEnvironment(database, data);
        environment.put("NEWSDESK_2FA_REQUIRED_ROLES", "none"); // the demo admin verifies the ledger by token
        say("Starting Payara and deploying the EAR");
        payara.start(environment);
        payara.deploy(Path.of(System.getProperty("newsdesk.ear")));
        awaitHealth(true, Duration.ofMinutes(3));

        String editor = api.bearer("editor", PASSWORD);
        String admin = api.bearer("admin", PASSWORD);
        String checker = api.bearer("checker", PASSWORD);
        List<Savers.CrashStory> stories = seed(editor, checker);
        CrashChecks checks = new CrashChecks(api, editor, admin, "jdbc:postgresql://127.0.0.1:" + dbPort + "/newsdesk");

        line("# Crash test");
        line("");
        line(String.format(Locale.ROOT, "Commit %s, %s, %d cores. Durable PostgreSQL (fsync=on, synchronous_commit=on);"
                        + " %d editors saving without pause, each its own story (1–2 KB, two claims).",
                System.getProperty("crash.commit", "?"), Instant.now().toString().substring(0, 16) + "Z",
                Runtime.getRuntime().availableProcessors(), saverCount));
        line("");
        line("| round | killed | after | saves acknowledged | verified | no answer | health DOWN seen | back UP after |"
                + " saves after | problems |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        List<Savers.Ack> all = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean killPostgres = round % 2 == 1; // PostgreSQL first: its rounds are the quick ones
            Savers savers = new Savers(api, editor);
            savers.start(stories, "r" + round);
            long killAfter = 1_000 + random.nextInt(4_000);
            Thread.sleep(killAfter);
            long killedAt = System.nanoTime();
            boolean downSeen;
            if (killPostgres) {
                killPostgres();
                downSeen = awaitHealth(false, Duration.ofSeconds(60));
                try {
                    database.close(); // its server is gone; this frees the data directory's lock for the next one
                } catch (IOException e) {
                    say("closing the killed PostgreSQL: " + e.getMessage());
                }
                database = EmbeddedDatabase.start(data.resolve("postgres"), dbPort, false, true);
            } else {
                killPayara();
                downSeen = true;
                payara.start(environment);
            }
            awaitHealth(true, Duration.ofMinutes(3));
            double upAfter = (System.nanoTime() - killedAt) / 1e9;
            long recovered = System.nanoTime();
            // saves must go through again: wait until some are acknowledged after the recovery
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (savers.lastAck.get() < recovered && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(1_000);
            savers.stop();
            List<Savers.Ack> acknowledged = new ArrayList<>(savers.acknowledged);
            long after = acknowledged.stream().filter(ack -> ack.atNanos() > recovered).count();
            all.addAll(acknowledged);
            int problemsBefore = checks.problems.size();
            int verified = checks.verify(all, stories);
            int problems = checks.problems.size() - problemsBefore;
            boolean ok = problems == 0 && verified == all.size() && savers.lastAck.get() > recovered;
            failed |= !ok;
            line(String.format(Locale.ROOT, "| %d | %s | %.1f s | %d | %d (all rounds) | %d | %s | %.1f s | %d | %s |",
                    round, killPostgres ? "PostgreSQL (kill -9)" : "Payara (kill -9)", killAfter / 1000.0,
                    acknowledged.size(), verified, savers.unknown.get(), downSeen ? "yes" : "no", upAfter, after,
                    problems == 0 ? (ok ? "none" : "no save after recovery") : problems + " (see log)"));
            say(String.format(Locale.ROOT, "round %d (%s): %d acknowledged, %d of %d verified, %d problems", round,
                    killPostgres ? "PostgreSQL" : "Payara", acknowledged.size(), verified, all.size(), problems));
            failed |= killPostgres && !downSeen;
            write(); // a run stopped early still leaves the rounds it finished
        }
        // the checks can fail: a save that was never made, claimed as acknowledged, must be reported lost
        int before = checks.problems.size();
        say("Control: claiming a save that was never made — the PROBLEM lines that follow are expected");
        checks.verify(List.of(new Savers.Ack(stories.get(0).id(), 1_000_000, "nevermade", System.nanoTime())), stories);
        boolean controlCaught = checks.problems.size() > before
                && checks.problems.get(before).startsWith("lost: acknowledged save");
        checks.problems.subList(before, checks.problems.size()).clear();
        failed |= !controlCaught;
        line("");
        line("Control: a made-up acknowledged save (revision 1,000,000) is reported lost by the same checks: "
                + (controlCaught ? "yes." : "**no — the checks are blind**."));
        RacingSaves.Outcome raced = new RacingSaves(api, editor).race(stories, racing);
        failed |= raced.broken() > 0;
        line("");
        line(String.format(Locale.ROOT, "**Racing saves:** %d saves in %d groups of 100 on the same base revision:"
                + " %d groups with exactly one winner whose text is the story's, %d broken (0 expected).",
                raced.groups() * 100, raced.groups(), raced.oneWinner(), raced.broken()));
        say("racing: " + raced.oneWinner() + " of " + raced.groups() + " groups with exactly one winner");
        line("");
        line(failed ? "**Result: FAILED** — see the problems above and the log." : "**Result: 0 losses.**");
        if (!checks.problems.isEmpty()) {
            line("");
            checks.problems.forEach(problem -> line("- " + problem));
        }
        write();
        say("Wrote " + results);
        return !failed;
    }

    private void write() throws IOException {
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report.toString(), StandardCharsets.UTF_8);
    }

    private List<Savers.CrashStory> seed(String editor, String checker) throws Exception {
        List<Savers.CrashStory> stories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Savers.CrashStory>> made = new ArrayList<>();
            for (int i = 0; i < saverCount; i++) {
                int index = i;
                made.add(pool.submit(() -> story(index, editor, checker)));
            }
            for (Future<Savers.CrashStory> story : made) {
                stories.add(story.get());
            }
        } finally {
            pool.shutdown();
        }
        say("Seeded " + stories.size() + " stories with two claims each");
        return stories;
    }

    private Savers.CrashStory story(int index, String editor, String checker) throws Exception {
        String first = "Die Behörde meldete am Dienstag " + (1_000 + index) + " neue Anträge in Köln.";
        String second = "„Wir rechnen mit " + (20 + index % 70) + " Prozent mehr“, sagte die Sprecherin " + index + ".";
        String rest = "<p>" + first + " Die Zahl ist vorläufig.</p><p>Weitere Angaben folgen. " + second + "</p>";
        Savers.CrashStory draft = new Savers.CrashStory("00000000", "de", rest);
        HttpResponse<String> created = api.send("POST", "/api/stories", editor, draft.body("r0s0"), null);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create a story: " + created.body());
        }
        String id = ApiClient.json(created).getString("id");
        for (String quote : List.of(first, second)) {
            HttpResponse<String> claim = api.send("POST", "/api/stories/" + id + "/claims", checker,
                    Json.createObjectBuilder().add("quote", quote).build().toString(), null);
            if (claim.statusCode() != 201) {
                throw new IllegalStateException("cannot mark a claim: " + claim.body());
            }
        }
        return new Savers.CrashStory(id, "de", rest);
    }

    private void killPayara() throws IOException, InterruptedException {
        ProcessHandle server = payara.leftover().orElseThrow(() -> new IllegalStateException("Payara is not running"));
        say("kill -9 Payara (pid " + server.pid() + ")");
        new ProcessBuilder("kill", "-9", Long.toString(server.pid())).inheritIO().start().waitFor();
        EmbeddedDatabase.waitForExit(server, Duration.ofSeconds(30));
    }

    /** kill -9 of the postmaster and all its processes at once, as a crash of the database machine's service. */
    private void killPostgres() throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
        List<String> command = new ArrayList<>(List.of("kill", "-9", Long.toString(postmaster)));
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(child -> command.add(Long.toString(child.pid()))));
        say("kill -9 PostgreSQL (" + (command.size() - 2) + " processes)");
        new ProcessBuilder(command).inheritIO().start().waitFor();
        for (String pid : command.subList(2, command.size())) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> EmbeddedDatabase.waitForExit(p, Duration.ofSeconds(30)));
        }
    }

    /** Waits until /health says UP (or, with {@code up} false, anything but UP); whether it did in time. */
    private boolean awaitHealth(boolean up, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.healthy() == up) {
                return true;
            }
            Thread.sleep(200);
        }
        if (up) {
            throw new IllegalStateException("Newsdesk did not become healthy in " + timeout);
        }
        return false;
    }

    private void shutDown() {
        try {
            if (payara != null) {
                payara.stop();
            }
        } catch (IOException e) {
            say("Payara did not stop cleanly: " + e.getMessage());
        }
        try {
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            say("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static void say(String text) {
        System.out.println("[crash " + Instant.now().toString().substring(11, 19) + "] " + text);
    }
}
