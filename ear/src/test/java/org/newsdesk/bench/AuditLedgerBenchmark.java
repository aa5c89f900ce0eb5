package org.newsdesk.bench;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.audit.entity.ChainLink;
import org.newsdesk.audit.entity.LedgerKey;
import org.newsdesk.it.Api;
import org.newsdesk.it.Database;
import org.newsdesk.it.NewsdeskDeployment;
import org.newsdesk.it.Payara;
import org.newsdesk.it.Stories;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit ledger at scale for docs/BENCHMARKS.md: 10,000,000 events with a valid keyed chain (seeded over
 * COPY as the owner would restore a dump), then a filtered page for each filter, the CSV export of 1,000,000 rows
 * with the server's heap watched, the full verification, and appending an event compared with the empty ledger.
 * Writes target/audit-benchmark-results.md; timings are reported, never asserted.
 * <p>
 * {@code -Dnewsdesk.bench.events=N} seeds another number of events.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLedgerBenchmark {

    private static final int EVENTS = Integer.getInteger("newsdesk.bench.events", 10_000_000);
    private static final int SAMPLES = 200;
    private static final int STORIES = 100_000;
    private static final int ACTORS = 200;
    /** A word in one event of every 10,000: what someone searching for a rare name meets. */
    private static final String RARE = "Zugspitzbahn";
    private static final String[] WORDS = {"Bundestag", "Haushalt", "Wahl", "Nato", "Gipfel", "Klima", "Bahn",
        "Streik", "Energie", "Schule", "Hochwasser", "Zoll", "Rente", "Brücke", "Ernte", "Hafen"};
    private static final String[] ACTIONS = {"story.saved", "story.saved", "story.saved", "story.saved",
        "workflow.submit", "workflow.complete-check", "workflow.approve", "workflow.publish", "claim.created",
        "claim.rated", "claim.commented", "story.assigned", "account.login"};

    private final StringBuilder report = new StringBuilder();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @Test
    void theLedgerAtTenMillionEvents() throws Exception {
        String commit = System.getProperty("newsdesk.commit", "(uncommitted)");
        String storyId = Stories.create("reporter", "Ledger-Benchmark", null);
        double[] appendEmpty = appends(storyId);
        long before = Ledger.count();

        long seedStart = System.nanoTime();
        Seeded seeded = seed(EVENTS);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        assertEquals(before + EVENTS, Ledger.count(), "every seeded event is in the ledger");
        awaitCheckpoint(seeded.lastSeq());

        line("## Audit ledger (commit " + commit + ", database: the tests' embedded PostgreSQL, fsync off)");
        line("");
        line(String.format(Locale.ROOT, "%,d events (%,d seeded with a valid keyed chain in %.0f s over COPY, "
                + "indexes built after), %,d stories, %d actors; page size 50; %d samples per row after 20 warm-up "
                + "calls, each sample with another value of the filter. Server time from the `Server-Timing` header.",
                Ledger.count(), EVENTS, seedSeconds, STORIES, ACTORS, SAMPLES));
        line("");
        line("| filtered page (`GET /api/audit?…&size=50`) | server p50 | server p95 | round trip p50 | round trip p95 |");
        line("|---|---|---|---|---|");
        Random random = new Random(7);
        line(page("no filter (the newest events)", n -> ""));
        line(page("`story=` one story's events", n -> "story=" + seeded.story(random.nextInt(STORIES))));
        line(page("`actor=` one person's events", n -> "actor=user" + random.nextInt(ACTORS)));
        line(page("`action=claim.rated`", n -> "action=claim.rated"));
        line(page("`action=workflow.approve` and `before=` a cursor in the middle",
                n -> "action=workflow.approve&before=" + (seeded.firstSeq() + random.nextInt(EVENTS))));
        line(page("`from=&to=` one minute somewhere in the ledger", n -> {
            Instant from = seeded.at(random.nextInt(EVENTS - 60_000));
            return "from=" + from + "&to=" + from.plusSeconds(60);
        }));
        line(page("`q=` a common word (in every 16th event)", n -> "q=" + WORDS[random.nextInt(WORDS.length)]));
        line(page("`q=` a rare word (in every 10,000th event)", n -> "q=" + RARE));
        line(page("`q=` a word in no event", n -> "q=Nirgendwo" + n));
        line(page("`story=` and `action=story.saved`",
                n -> "story=" + seeded.story(random.nextInt(STORIES)) + "&action=story.saved"));
        line("");
        save();

        int exported = Math.min(1_000_000, EVENTS / 2);
        Instant exportFrom = seeded.at(EVENTS / 2 - exported / 2);
        Export small = export(exportFrom, seeded.at(EVENTS / 2 - exported / 2 + exported / 100));
        Export large = export(exportFrom, seeded.at(EVENTS / 2 - exported / 2 + exported));
        assertEquals(exported / 100, small.rows(), "the small range holds a hundredth");
        assertEquals(exported, large.rows(), "the range holds every event in it");
        line("| CSV export (`GET /api/audit/export.csv?from=&to=`): rows | size | time | rows per second "
                + "| server heap used before | highest while exporting | old generation before | highest while exporting |");
        line("|---|---|---|---|---|---|---|---|");
        line(small.row());
        line(large.row());
        line("");

        save();
        // HTTP/1.1 as a browser's page would: an HTTP/2 stream that stays silent this long is closed by the server
        HttpResponse<String> verify = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                Api.demo("admin").request("api/audit/verify").timeout(Duration.ofMinutes(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, verify.statusCode(), verify.body());
        JsonObject verified = jakarta.json.Json.createReader(new java.io.StringReader(verify.body())).readObject();
        assertTrue(verified.getBoolean("intact"), verified.toString());
        assertEquals(Ledger.count(), verified.getJsonNumber("events").longValue());
        line(String.format(Locale.ROOT, "Full verification (`GET /api/audit/verify`): %,d events intact in %.1f s, "
                        + "%,d events per second, against %s signed checkpoints.",
                verified.getJsonNumber("events").longValue(), verified.getJsonNumber("millis").longValue() / 1000.0,
                verified.getJsonNumber("events").longValue() * 1000 / Math.max(1,
                        verified.getJsonNumber("millis").longValue()),
                Api.demo("admin").get("api/audit/checkpoints").json().getJsonArray("checkpoints").size()));
        line("");

        double[] appendFull = appends(storyId);
        line("| appending an event (a workflow action, `POST …/workflow/submit` or `…/return`, server time) | p50 | p95 |");
        line("|---|---|---|");
        line(String.format(Locale.ROOT, "| ledger of %,d events | %.1f ms | %.1f ms |", before,
                Timings.p50(appendEmpty), Timings.p95(appendEmpty)));
        line(String.format(Locale.ROOT, "| ledger of %,d events | %.1f ms | %.1f ms |", Ledger.count(),
                Timings.p50(appendFull), Timings.p95(appendFull)));
        line("");
        save();
        System.out.println(report);
    }

    /** Writes what is measured so far (a long run that fails late keeps its earlier figures). */
    private void save() throws IOException {
        Files.writeString(Path.of("target", "audit-benchmark-results.md"), report.toString());
    }

    /** The server time of {@value #SAMPLES} workflow actions that each append one event (they move the story). */
    private static double[] appends(String storyId) {
        String[] expected = {"FACT_CHECK", "DRAFT"};
        double[] server = new double[SAMPLES];
        long first = Ledger.count();
        Timings.time(SAMPLES, n -> {
            Api.Reply reply = n % 2 == 0 ? Stories.act("reporter", storyId, "submit", null)
                    : Stories.act("checker", storyId, "return", "Runde " + n);
            assertEquals(200, reply.status(), reply.toString());
            assertEquals(expected[n % 2], reply.json().getString("state"), "the action really moved the story");
            if (n >= Timings.WARM_UP) {
                server[n - Timings.WARM_UP] = serverTime(reply.header("Server-Timing"));
            }
        });
        assertEquals(first + SAMPLES + Timings.WARM_UP, Ledger.count(), "each action appended one event");
        Arrays.sort(server);
        return server;
    }

    private static String page(String what, IntFunction<String> query) {
        double[] server = new double[SAMPLES];
        AtomicLong found = new AtomicLong();
        double[] roundTrip = Timings.time(SAMPLES, n -> {
            Api.Reply reply = Api.demo("editor").get("api/audit?size=50&" + query.apply(n));
            assertEquals(200, reply.status(), reply.toString());
            found.addAndGet(reply.json().getJsonArray("items").size());
            if (n >= Timings.WARM_UP) {
                server[n - Timings.WARM_UP] = serverTime(reply.header("Server-Timing"));
            }
        });
        Arrays.sort(server);
        return String.format(Locale.ROOT, "| %s (%.1f events per page) | %.1f ms | %.1f ms | %.1f ms | %.1f ms |",
                what, found.get() / (double) (SAMPLES + Timings.WARM_UP), Timings.p50(server), Timings.p95(server),
                Timings.p50(roundTrip), Timings.p95(roundTrip));
    }

    private record Export(long rows, long bytes, double seconds, long[] before, long[] max) {

        String row() {
            return String.format(Locale.ROOT, "| %,d | %,d MB | %.1f s | %,.0f | %,d MB | %,d MB | %,d MB | %,d MB |",
                    rows, bytes >> 20, seconds, rows / seconds, before[0] >> 20, max[0] >> 20, before[1] >> 20,
                    max[1] >> 20);
        }
    }

    /**
     * Streams the export, counting rows, while another thread samples the server's used heap and its old
     * generation (what is retained shows there; the young generation also holds garbage not yet collected).
     */
    private static Export export(Instant from, Instant to) throws Exception {
        long[] before = Heap.used();
        long[] max = before.clone();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                long[] now = Heap.used();
                synchronized (max) {
                    max[0] = Math.max(max[0], now[0]);
                    max[1] = Math.max(max[1], now[1]);
                }
                try {
                    Thread.sleep(500); // asadmin itself takes about two seconds
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        long start = System.nanoTime();
        Api editor = Api.demo("editor");
        HttpRequest request = editor.request("api/audit/export.csv?from=" + enc(from) + "&to=" + enc(to))
                .timeout(Duration.ofMinutes(15)).GET().build();
        HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = response.body()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        watcher.join();
        synchronized (max) {
            return new Export(lines - 1, bytes, seconds, before, max.clone());
        }
    }

    private static String enc(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static double serverTime(String header) {
        assertTrue(header != null && header.startsWith("app;dur="), "no Server-Timing");
        return Double.parseDouble(header.substring("app;dur=".length()));
    }

    private static void awaitCheckpoint(long seq) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            var checkpoints = Api.demo("admin").get("api/audit/checkpoints").json().getJsonArray("checkpoints");
            if (!checkpoints.isEmpty() && checkpoints.getJsonObject(0).getJsonNumber("seq").longValue() >= seq) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the seeded events were not checkpointed within 10 minutes");
    }

    /** The seeded range: its first sequence number, the time of each event, and the story ids used. */
    private record Seeded(long firstSeq, long lastSeq, Instant start, List<String> stories) {

        Instant at(long index) {
            return start.plusNanos(index * 1000);
        }

        String story(int index) {
            return stories.get(index);
        }
    }

    /**
     * Appends {@code count} events after the current head, one microsecond apart, as a restore would: over COPY,
     * with the secondary indexes dropped first and built again after (as migration V1 and V8 define them).
     */
    private static Seeded seed(int count) throws Exception {
        LedgerKey.Hasher key = LedgerKey.of(System.getenv("NEWSDESK_AUDIT_KEY")).hasher();
        Random random = new Random(42);
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            stories.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            long seq;
            String prev;
            Instant at;
            try (ResultSet head = sql.executeQuery("select seq, hash, at from audit_event order by seq desc limit 1")) {
                assertTrue(head.next());
                seq = head.getLong(1);
                prev = head.getString(2);
                at = head.getObject(3, OffsetDateTime.class).toInstant().plusMillis(1);
            }
            Seeded seeded = new Seeded(seq + 1, seq + count, at, stories);
            for (String index : List.of("audit_event_story_idx", "audit_event_actor_idx", "audit_event_action_idx",
                    "audit_event_at_idx", "audit_event_words_idx", "audit_event_entity_idx")) {
                sql.execute("drop index " + index);
            }
            sql.execute("alter table audit_event drop constraint audit_event_hash_key");
            sql.execute("alter table audit_event disable trigger audit_event_keyed_only"); // they are all keyed
            CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy audit_event (seq, at, actor,"
                    + " action, story_id, entity_type, entity_id, details, prev_hash, hash, chain) from stdin");
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < count; i++) {
                long s = seq + 1 + i;
                Instant when = seeded.at(i);
                String action = ACTIONS[random.nextInt(ACTIONS.length)];
                String actor = "user" + random.nextInt(ACTORS);
                String story = action.startsWith("account.") ? null : stories.get(random.nextInt(STORIES));
                String type = action.startsWith("claim.") ? "claim" : action.startsWith("account.") ? "account"
                        : "story";
                String entity = type.equals("claim") ? UUID.nameUUIDFromBytes(Long.toString(s).getBytes()).toString()
                        : type.equals("account") ? actor : story;
                String details = details(action, random, i);
                ChainLink link = new ChainLink(s, when, actor, action, story, type, entity, details, prev, "",
                        ChainLink.KEYED);
                String hash = link.expectedHash(key);
                rows.append(s).append('\t').append(when).append('\t').append(actor).append('\t').append(action)
                        .append('\t').append(story == null ? "\\N" : story).append('\t').append(type).append('\t')
                        .append(entity).append('\t').append(details).append('\t').append(prev).append('\t')
                        .append(hash).append("\t2\n");
                prev = hash;
                if (rows.length() > (1 << 20) - 4096) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            sql.execute("alter table audit_event enable trigger audit_event_keyed_only");
            sql.execute("alter table audit_event add constraint audit_event_hash_key unique (hash)");
            sql.execute("create index audit_event_story_idx on audit_event (story_id, seq)");
            sql.execute("create index audit_event_actor_idx on audit_event (actor, seq)");
            sql.execute("create index audit_event_action_idx on audit_event (action, seq)");
            sql.execute("create index audit_event_at_idx on audit_event (at, seq)");
            sql.execute("create index audit_event_entity_idx on audit_event (entity_type, entity_id, seq)");
            sql.execute("create index audit_event_words_idx on audit_event using gin (details_words)");
            sql.execute("analyze audit_event");
            return seeded;
        }
    }

    /** Details like the real ones; every 16th event names a common word, every 10,000th the rare one. */
    private static String details(String action, Random random, int i) {
        String word = i % 10_000 == 5_000 ? RARE : WORDS[random.nextInt(WORDS.length)];
        String hash = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        return switch (action) {
            case "story.saved" -> "{\"revision\":" + (1 + random.nextInt(40)) + ",\"hash\":\"" + hash
                    + "\",\"wordsChanged\":" + random.nextInt(200)
                    + (i % 16 == 0 || word.equals(RARE) ? ",\"note\":\"" + word + " aktualisiert\"" : "") + "}";
            case "claim.created" -> "{\"quote\":\"Die " + (word.equals(RARE) || i % 16 == 0 ? word : "Zahl")
                    + " stieg um " + random.nextInt(100) + " Prozent.\"}";
            case "claim.rated" -> "{\"verdict\":\"" + (random.nextBoolean() ? "verified" : "false")
                    + "\",\"revision\":" + (1 + random.nextInt(40)) + ",\"sources\":" + random.nextInt(4) + "}";
            case "claim.commented" -> "{\"comment\":" + random.nextInt(1_000_000) + "}";
            case "story.assigned" -> "{\"assignees\":[\"FACT_CHECKER:user" + random.nextInt(ACTORS) + "\"]}";
            case "account.login" -> "{\"channel\":\"ui\"}";
            default -> "{\"from\":\"DRAFT\",\"to\":\"FACT_CHECK\",\"revision\":" + (1 + random.nextInt(40))
                    + ",\"hash\":\"" + hash + "\"}";
        };
    }

    /** The ledger's size, read as its owner. */
    private static final class Ledger {

        static long count() {
            try (Connection db = Database.connect(); Statement sql = db.createStatement();
                 ResultSet row = sql.executeQuery("select max(seq) from audit_event")) {
                row.next();
                return row.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The server's used heap, as an operator reads it ({@code asadmin generate-jvm-report --type=memory}). */
    private static final class Heap {

        private static final Pattern USED = Pattern.compile("uses at this time: ([0-9,]+) Bytes");

        /** Bytes used: the whole heap, and its old generation (G1 Old Gen). */
        static long[] used() {
            try {
                String report = Payara.asadmin("generate-jvm-report", "--type=memory");
                return new long[] {usedIn(report, "Heap Memory Usage:"), usedIn(report, "Memory Pool Name: G1 Old Gen")};
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new long[] {-1, -1};
            }
        }

        private static long usedIn(String report, String section) {
            int at = report.indexOf(section);
            assertTrue(at >= 0, "no " + section + " in " + report);
            Matcher used = USED.matcher(report.substring(at));
            assertTrue(used.find(), report);
            return Long.parseLong(used.group(1).replace(",", ""));
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
