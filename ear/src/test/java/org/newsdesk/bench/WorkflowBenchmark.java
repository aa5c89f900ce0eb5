package org.newsdesk.bench;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.it.Api;
import org.newsdesk.it.Database;
import org.newsdesk.it.NewsdeskDeployment;
import org.newsdesk.it.Stories;

import java.io.IOException;
import java.net.CookieManager;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow's figures for docs/BENCHMARKS.md: a workflow action, and My desk with 100,000 stories and 1,000
 * assignments. Through HTTP as a client (an upper bound of the server time), on the packaged EAR. Writes
 * target/workflow-benchmark-results.md; timings are reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowBenchmark {

    private static final int STORIES = 100_000;
    private static final int ASSIGNMENTS = 1_000;
    private static final int SAMPLES = 300;

    private final StringBuilder report = new StringBuilder();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @Test
    void workflowActionsAndMyDesk() throws Exception {
        String commit = System.getProperty("newsdesk.commit", "(uncommitted)");
        String id = Stories.create("reporter", "Workflow-Benchmark", null);
        // an action round: submitted by the reporter, returned by the checker with a comment; every call moves it
        String[] expected = {"FACT_CHECK", "DRAFT"};
        Timed actions = timed(SAMPLES, n -> {
            Api.Reply reply = n % 2 == 0 ? Stories.act("reporter", id, "submit", null)
                    : Stories.act("checker", id, "return", "Runde " + n);
            assertEquals(200, reply.status(), reply.toString());
            assertEquals(expected[n % 2], reply.json().getString("state"), "the action really moved the story");
            lastServerTime = serverTime(reply.header("Server-Timing"), "the action");
        });
        int steps = Api.demo("editor").get("api/stories/" + id + "/workflow").json().getJsonArray("history").size();
        assertEquals(SAMPLES + 20, steps, "every timed action is one step of the history");

        int stories = seed();
        Api checkerApi = Api.demo("checker");
        HttpClient checker = loggedIn("checker");
        HttpClient chief = loggedIn("chief");
        String desk = page(checker, "index.xhtml");
        assertTrue(desk.contains("factCheckQueue"), "My desk rendered");
        line("## Workflow (commit " + commit + ", database: the tests' embedded PostgreSQL, fsync off)");
        line("");
        line("Server time (the Server-Timing header: from the application's first filter to the end of the response,"
                + " authentication excluded) and HTTP round trips as a client, " + SAMPLES + " samples (the board "
                + SAMPLES / 3 + ") after 20 warm-up calls; "
                + String.format(Locale.ROOT, "%,d", stories) + " stories, " + ASSIGNMENTS + " assignments.");
        line("");
        line("| request | server p50 | server p95 | round trip p50 | round trip p95 |");
        line("|---|---|---|---|---|");
        line(row("workflow action (`POST …/workflow/submit` or `…/return`, one story, 0 claims)", actions));
        line(row("My desk of a fact-checker (`GET /index.xhtml`, full page)",
                timed(SAMPLES, n -> assertTrue(page(checker, "index.xhtml").contains("factCheckQueue")))));
        line(row("My desk of a chief editor (`GET /index.xhtml`, full page)",
                timed(SAMPLES, n -> assertTrue(page(chief, "index.xhtml").contains("approvalQueue")))));
        line(row("for comparison: the notifications page of the same fact-checker (layout with the header's counts, "
                + "an empty list)", timed(SAMPLES, n -> assertTrue(page(checker, "notifications.xhtml")
                .contains("notifications:table")))));
        line(row("my queue (`GET /api/stories?assignee=me&state=FACT_CHECK`)", timed(SAMPLES, n -> {
            Api.Reply reply = checkerApi.get("api/stories?assignee=me&state=FACT_CHECK&size=50");
            assertEquals(200, reply.status());
            lastServerTime = serverTime(reply.header("Server-Timing"), "my queue");
        })));
        line(row("the board (`GET /stories/board.xhtml`, 7 columns of up to 50 cards)",
                timed(SAMPLES / 3, n -> assertTrue(page(chief, "stories/board.xhtml").contains("nd-board")))));
        line("");
        Files.writeString(Path.of("target", "workflow-benchmark-results.md"), report.toString());
        System.out.println(report);
    }

    /**
     * 100,000 stories in every state (one revision each, by one of 50 reporters), 1,000 of the fact-check and review
     * stories assigned to the demo checker and chief with deadlines, a fifth of them overdue.
     */
    private static int seed() throws Exception {
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("insert into story (id, state, current_revision, current_hash, headline, headline_provisional,"
                    + " desk, language, created_at, created_by, updated_at, updated_by, version, embargo, published_at,"
                    + " approved_revision, approved_hash, approved_by, approved_at)"
                    + " select gen_random_uuid(), st.state, 1, '\\x00'::bytea, 'Meldung ' || i, false, 'Seed', 'de',"
                    + " now() - i * interval '1 minute', 'reporter' || (i % 50), now() - i * interval '1 minute',"
                    + " 'reporter' || (i % 50), 0,"
                    + " case when st.state = 'SCHEDULED' then now() + interval '1 day' end,"
                    + " case when st.state = 'PUBLISHED' then now() - i * interval '1 minute' end,"
                    + " case when st.approved then 1 end, case when st.approved then '\\x00'::bytea end,"
                    + " case when st.approved then 'chief' end, case when st.approved then now() end"
                    + " from generate_series(1, " + STORIES + ") i cross join lateral (select s.state,"
                    + " s.state in ('APPROVED', 'SCHEDULED', 'PUBLISHED') as approved from (select (array['DRAFT',"
                    + "'FACT_CHECK','EDITOR_REVIEW','APPROVED','SCHEDULED','PUBLISHED','SPIKED'])[1 + i % 7] as state) s) st");
            sql.execute("insert into story_block (id, story_id, content) select 1000000000000 + row_number() over (),"
                    + " id, '{}' from story where desk = 'Seed'");
            sql.execute("insert into revision (story_id, number, author, created_at, note, hash, fields_block, layout,"
                    + " words_changed) select s.id, 1, s.created_by, s.created_at, null, '\\x00'::bytea, b.id,"
                    + " '\\x00'::bytea, 0 from story s join story_block b on b.story_id = s.id where s.desk = 'Seed'");
            sql.execute("insert into assignment (story_id, role, username, deadline, priority, assigned_by, assigned_at)"
                    + " select id, case when state = 'FACT_CHECK' then 'FACT_CHECKER' else 'CHIEF_EDITOR' end,"
                    + " case when state = 'FACT_CHECK' then 'checker' else 'chief' end,"
                    + " now() + (row_number() over () % 5 - 1) * interval '1 day', 'normal', 'editor', now()"
                    + " from (select id, state from story where state in ('FACT_CHECK', 'EDITOR_REVIEW')"
                    + " and desk = 'Seed' limit " + ASSIGNMENTS + ") a");
            sql.execute("analyze");
            try (ResultSet total = sql.executeQuery("select count(*) from story")) {
                total.next();
                return total.getInt(1);
            }
        }
    }

    /** A browser-like client with the session of a form login. */
    private static HttpClient loggedIn(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = client.send(HttpRequest.newBuilder(NewsdeskDeployment.BASE.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertTrue(state.find(), "the login form");
        String body = "login=login&login%3Ausername=" + user + "&login%3Apassword="
                + URLEncoder.encode(NewsdeskDeployment.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(NewsdeskDeployment.BASE.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(after.body().contains("currentUser"), "logged in as " + user);
        return client;
    }

    /** The server's own time of the last request (its Server-Timing header), in milliseconds. */
    private static double lastServerTime;

    private static String page(HttpClient client, String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(NewsdeskDeployment.BASE.resolve(path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            lastServerTime = serverTime(response.headers().firstValue("Server-Timing").orElse(null), path);
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double serverTime(String header, String what) {
        assertTrue(header != null && header.startsWith("app;dur="), "no Server-Timing for " + what);
        return Double.parseDouble(header.substring("app;dur=".length()));
    }

    /** Round trips and, from the Server-Timing header of each response, the server's own time. */
    private record Timed(double[] roundTrip, double[] server) {
    }

    private static Timed timed(int samples, IntConsumer action) {
        double[] server = new double[samples];
        double[] roundTrip = Timings.time(samples, n -> {
            action.accept(n);
            if (n >= 20) {
                server[n - 20] = lastServerTime;
            }
        });
        Arrays.sort(server);
        return new Timed(roundTrip, server);
    }

    private static String row(String what, Timed timed) {
        double[] rt = timed.roundTrip();
        double[] sv = timed.server();
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |", what, Timings.p50(sv),
                Timings.p95(sv), Timings.p50(rt), Timings.p95(rt));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
