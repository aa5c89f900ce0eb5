package org.newsdesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.it.Api;
import org.newsdesk.it.Database;
import org.newsdesk.it.NewsdeskDeployment;
import org.newsdesk.story.control.WordDiff;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures what docs/BENCHMARKS.md claims, on the packaged EAR with the embedded PostgreSQL, through the API as a
 * client (so the times include HTTP, authentication and JSON: an upper bound of the server time). Writes its
 * results to target/benchmark-results.md. Timings are reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class StoryBenchmark {

    private static final int WORDS = 5_000;
    private static final int EDITS = 1_000;
    private static final int SAMPLES = 300;
    private static final int LIST_STORIES = 100_000;
    private static final String[] VOCABULARY = ("Nato Russland Ukraine Bündnis Gespräche Moskau Brüssel Sicherheit "
            + "Deeskalation Grenze Truppen Außenminister Verteidigung Dialog Osterweiterung Einmarsch Botschaft "
            + "Bundestag Haushalt Milliarden Euro Regierung Opposition Koalition Wahl Umfrage Prozent Klima Energie "
            + "Gas Preise Inflation Zinsen Renten Schulen Kliniken Bahn Streik Tarif Gewerkschaft der die das und "
            + "nicht mit von für auf im einem einer sagte erklärte betonte forderte").split(" ");

    private final StringBuilder report = new StringBuilder();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @Test
    void revisionStorageLoadingDiffAndListing() throws Exception {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            words.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        Api reporter = Api.demo("reporter");
        long bytesBefore = historyBytes();
        Api.Reply created = reporter.post("api/stories", json("Benchmark", text(words)));
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        long fullCopyBytes = fullCopyBytes(created.json());

        long start = System.nanoTime();
        for (int edit = 1; edit <= EDITS; edit++) {
            words.set(random.nextInt(WORDS), VOCABULARY[random.nextInt(VOCABULARY.length)] + edit);
            Api.Reply saved = reporter.send(reporter.request("api/stories/" + id)
                    .header("Content-Type", "application/json").header("If-Match", "\"" + edit + "\"")
                    .PUT(HttpRequest.BodyPublishers.ofString(json("Benchmark", text(words)), StandardCharsets.UTF_8)));
            assertEquals(200, saved.status(), saved.toString());
        }
        double saveMillis = (System.nanoTime() - start) / 1e6 / EDITS;
        long historyBytes = historyBytes() - bytesBefore;
        long fullCopiesInPostgres = fullCopiesInPostgres(created.json(), EDITS + 1);
        line("## Revision storage (5,000-word story, 1,000 one-word edits)");
        line("");
        line("| measure | value |");
        line("|---|---|");
        line(String.format(Locale.ROOT, "| story size (fields JSON + body HTML, UTF-8) | %,d bytes |", fullCopyBytes));
        line(String.format(Locale.ROOT, "| 1,001 full copies, raw | %,d bytes |", fullCopyBytes * (EDITS + 1)));
        line(String.format(Locale.ROOT, "| 1,001 full copies in a PostgreSQL table (TOAST-compressed) | %,d bytes |",
                fullCopiesInPostgres));
        line(String.format(Locale.ROOT, "| Newsdesk history (revision + story_block, tables and indexes) | %,d bytes |",
                historyBytes));
        line(String.format(Locale.ROOT, "| **Newsdesk / raw full copies** | **%.2f %%** |",
                100.0 * historyBytes / (fullCopyBytes * (EDITS + 1))));
        line(String.format(Locale.ROOT, "| Newsdesk / compressed full copies | %.2f %% |",
                100.0 * historyBytes / fullCopiesInPostgres));
        line(String.format(Locale.ROOT, "| mean save (PUT, 5,000 words) | %.1f ms |", saveMillis));
        line("");

        int last = EDITS + 1;
        JsonObject r500 = reporter.get("api/stories/" + id + "/revisions/500").json();
        assertEquals(500, r500.getInt("revision"));
        double[] load = Timings.time(SAMPLES, n -> assertEquals(200,
                reporter.get("api/stories/" + id + "/revisions/" + (1 + random.nextInt(last))).status()));
        double[] diff = Timings.time(SAMPLES, n -> {
            int a = 1 + random.nextInt(last);
            int b = 1 + random.nextInt(last);
            assertEquals(200, reporter.get("api/stories/" + id + "/diff?from=" + a + "&to=" + b).status());
        });
        String first = reporter.get("api/stories/" + id + "/revisions/1").json().getString("bodyText");
        String latest = reporter.get("api/stories/" + id + "/revisions/" + last).json().getString("bodyText");
        double[] pureDiff = Timings.time(SAMPLES, n -> WordDiff.diff(first, latest));
        line("## Loading and comparing revisions (same story, " + SAMPLES + " random samples after warm-up)");
        line("");
        line("| measure | p50 | p95 |");
        line("|---|---|---|");
        line(Timings.row("GET a random revision (HTTP round trip)", load));
        line(Timings.row("GET the diff of two random revisions (HTTP round trip, loads both)", diff));
        line(Timings.row("word diff of revision 1 and 1,001 in the JVM (java-diff-utils)", pureDiff));
        line("");

        int stories = seedStories(LIST_STORIES);
        String someWord = "Haushalt";
        line("## Story list with " + String.format(Locale.ROOT, "%,d", stories) + " stories (HTTP round trip)");
        line("");
        line("| request | p50 | p95 |");
        line("|---|---|---|");
        for (String query : List.of("api/stories?size=50", "api/stories?desk=Politik&size=50",
                "api/stories?state=DRAFT&language=en&size=50", "api/stories?q=" + someWord + "&size=50",
                "api/stories?q=" + someWord + "&desk=Wirtschaft&language=de&size=50", "api/stories?page=500&size=50")) {
            assertEquals(200, reporter.get(query).status());
            line(Timings.row("`GET /" + query + "`", Timings.time(SAMPLES / 3, n -> assertEquals(200, reporter.get(query).status()))));
        }
        Files.writeString(Path.of("target", "benchmark-results.md"), report.toString());
        System.out.println(report);
    }

    private static String text(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                text.append(i % 50 == 0 ? ".\\n\\n" : " ");
            }
            text.append(words.get(i));
        }
        return text.append('.').toString();
    }

    private static String json(String headline, String body) {
        return "{\"headline\":\"" + headline + "\",\"language\":\"de\",\"desk\":\"Politik\",\"bodyText\":\"" + body + "\"}";
    }

    private static long fullCopyBytes(JsonObject story) {
        JsonObject copy = Json.createObjectBuilder(story).remove("bodyText").build();
        return copy.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static long historyBytes() throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze revision");
            sql.execute("vacuum analyze story_block");
            try (ResultSet size = sql.executeQuery(
                    "select pg_total_relation_size('revision') + pg_total_relation_size('story_block')")) {
                size.next();
                return size.getLong(1);
            }
        }
    }

    private static long fullCopiesInPostgres(JsonObject story, int copies) throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("create temporary table full_copy (id serial primary key, content text)");
            String content = Json.createObjectBuilder(story).remove("bodyText").build().toString().replace("'", "''");
            for (int i = 0; i < copies; i++) {
                sql.execute("insert into full_copy (content) values ('" + content.replace("Benchmark", "Benchmark " + i) + "')");
            }
            try (ResultSet size = sql.executeQuery("select pg_total_relation_size('full_copy')")) {
                size.next();
                return size.getLong(1);
            }
        }
    }

    /** Inserts stories straight into the table the list reads (headline, desk, language, state, search text). */
    private static int seedStories(int count) throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("insert into story (id, state, current_revision, current_hash, headline, headline_provisional,"
                    + " desk, language, created_at, created_by, updated_at, updated_by, version, search)"
                    + " select gen_random_uuid(), (array['DRAFT','FACT_CHECK','EDITOR_REVIEW','PUBLISHED'])[1 + i % 4],"
                    + " 1, '\\x00'::bytea, 'Meldung ' || i || ' über ' || (array['Haushalt','Nato','Klima','Bahn',"
                    + "'Renten','Energie'])[1 + i % 6], false,"
                    + " (array['Politik','Wirtschaft','Kultur','Sport','Wissen'])[1 + i % 5], (array['de','de','en'])[1 + i % 3],"
                    + " now() - i * interval '1 minute', 'reporter', now() - i * interval '1 minute', 'reporter', 0,"
                    + " to_tsvector('simple', 'Meldung ' || i || ' ' || (array['Haushalt','Nato','Klima','Bahn',"
                    + "'Renten','Energie'])[1 + i % 6] || ' ' || repeat('Text der Meldung mit vielen Wörtern ', 20))"
                    + " from generate_series(1, " + count + ") i");
            sql.execute("analyze story");
            try (ResultSet total = sql.executeQuery("select count(*) from story")) {
                total.next();
                return total.getInt(1);
            }
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
