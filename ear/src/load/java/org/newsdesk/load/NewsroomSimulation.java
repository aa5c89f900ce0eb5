package org.newsdesk.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The newsroom's work over HTTP, as {@link LoadPlan#current} says. Each user does one operation (a save, a baseline
 * write, or one step of the mix) and leaves; the closed model keeps {@code users} of them busy, the open model lets
 * them arrive at a fixed rate. Every answer is recorded in {@link Latencies} from the moment the user arrived.
 *
 * <p>The mix: editors (40 %) open a story and save a small edit, fact-checkers (20 %) read a story's claims and
 * rate one, everyone else (40 %) lists stories, opens their desk (their assigned stories) and reads a story.
 */
public class NewsroomSimulation extends Simulation {

    private static final String DUE = "due";
    private static final String STORY = "story";
    private static final String STATUS = "status";
    private static final String ETAG = "etag";

    private final LoadPlan plan = LoadPlan.current;
    private final Fixture fixture = plan.fixture;

    public NewsroomSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl)
                .acceptHeader("application/json")
                .shareConnections()
                .disableCaching();
        ChainBuilder work = switch (plan.work) {
            case SAVE -> save("save", false);
            case BASELINE -> save("baseline", true);
            case MIX -> randomSwitch().on(
                    percent(40.0).then(exec(arrive()).exec(open()).exec(save("save", false))),
                    percent(20.0).then(exec(arrive()).exec(rate())),
                    percent(40.0).then(exec(arrive()).exec(read())));
        };
        ScenarioBuilder users = scenario(plan.describe()).exec(arrive()).exec(work);
        Duration total = Duration.ofSeconds(plan.totalSeconds());
        PopulationBuilder population = plan.open
                ? users.injectOpen(constantUsersPerSec(plan.arrivalsPerSecond).during(total))
                : users.injectClosed(constantConcurrentUsers(plan.users).during(total));
        setUp(population).protocols(protocol);
    }

    @Override
    public void before() {
        plan.start();
    }

    /** The user arrives: its operations are due from now. */
    private static ChainBuilder arrive() {
        return exec(session -> session.set(DUE, System.nanoTime()));
    }

    /** A save of a small real edit (or the same body to the baseline), on a story no other user is saving. */
    private ChainBuilder save(String operation, boolean baseline) {
        return exec(session -> {
            LoadStory story = session.contains(STORY) ? session.get(STORY) : fixture.take();
            if (story == null) {
                plan.latencies.record(operation, session.getLong(DUE), 0, false);
                return session.markAsFailed();
            }
            return session.set(STORY, story);
        }).exitHereIfFailed()
                .exec(http(operation)
                        .put(session -> (baseline ? "/api/baseline/" : "/api/stories/") + story(session).id)
                        .header("Authorization", fixture.editorAuth)
                        .header("If-Match", session -> "\"" + story(session).etag + "\"")
                        .body(StringBody(session -> story(session).edit("Korrektur")))
                        .asJson()
                        .check(status().saveAs(STATUS), header("ETag").saveAs(ETAG)))
                .exec(session -> {
                    LoadStory story = story(session);
                    int status = statusOf(session);
                    boolean ok = status == 200;
                    plan.latencies.record(operation, session.getLong(DUE), status, ok);
                    if (ok && !baseline) {
                        story.etag = session.getString(ETAG).replace("\"", "");
                    }
                    if (ok) {
                        fixture.giveBack(story);
                    }
                    return session.remove(STORY).remove(STATUS).markAsSucceeded();
                });
    }

    /** An editor opens a story before saving it (the save then uses this story). */
    private ChainBuilder open() {
        return exec(session -> {
            LoadStory story = fixture.take();
            if (story == null) {
                plan.latencies.record("open", session.getLong(DUE), 0, false);
                return session.markAsFailed();
            }
            return session.set(STORY, story);
        }).exitHereIfFailed()
                .exec(measured("open", http("open").get(session -> "/api/stories/" + story(session).id)
                        .header("Authorization", fixture.editorAuth)))
                .exec(arrive());
    }

    /** A fact-checker reads a story's claims and rates one of them. */
    private ChainBuilder rate() {
        return exec(session -> {
            LoadStory story = fixture.anyWithClaims();
            return session.set(STORY, story)
                    .set("claim", story.claimIds.get(ThreadLocalRandom.current().nextInt(story.claimIds.size())));
        })
                .exec(measured("claims", http("claims").get(session -> "/api/stories/" + story(session).id + "/claims")
                        .header("Authorization", fixture.checkerAuth)))
                .exec(arrive())
                .exec(measured("rate", http("rate").put(session -> "/api/claims/" + session.getString("claim") + "/verdict")
                        .header("Authorization", fixture.checkerAuth)
                        .body(StringBody(session -> "{\"verdict\":\"" + (ThreadLocalRandom.current().nextBoolean()
                                ? "verified" : "needs-context") + "\",\"rationale\":\"Mit der Quelle abgeglichen.\","
                                + "\"sources\":[{\"url\":\"https://www.destatis.de/DE/Presse/\",\"title\":\"Destatis\"}]}"))
                        .asJson()))
                .exec(session -> session.remove(STORY));
    }

    /** Anyone lists the newest stories, opens their desk and reads a story. */
    private ChainBuilder read() {
        return exec(measured("list", http("list").get("/api/stories?size=50")
                .header("Authorization", fixture.reporterAuth)))
                .exec(arrive())
                .exec(measured("desk", http("desk").get("/api/stories?assignee=me&size=20")
                        .header("Authorization", fixture.reporterAuth)))
                .exec(arrive())
                .exec(measured("read", http("read").get(session -> "/api/stories/" + fixture.any().id)
                        .header("Authorization", fixture.reporterAuth)));
    }

    /** One request, recorded under {@code operation}; success is a 2xx answer. */
    private ChainBuilder measured(String operation, HttpRequestActionBuilder request) {
        return exec(request.check(status().saveAs(STATUS)))
                .exec(session -> {
                    int status = statusOf(session);
                    plan.latencies.record(operation, session.getLong(DUE), status, status >= 200 && status < 300);
                    return session.remove(STATUS).markAsSucceeded();
                });
    }

    private static LoadStory story(Session session) {
        return session.get(STORY);
    }

    private static int statusOf(Session session) {
        return session.contains(STATUS) ? session.getInt(STATUS) : 0;
    }
}
