package org.newsdesk.run;

import jakarta.json.Json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Editors saving without pause, each its own story, while the crash test kills something under them. Every save
 * changes the story's first paragraph to a new marker; a save answered 200 is acknowledged (story, revision, marker)
 * and must survive whatever happens next. A save without an answer (connection lost, 5xx) has an unknown outcome:
 * the saver reloads the story's revision before its next save.
 */
final class Savers {

    /** A save the server answered 200: this revision of this story holds this marker. */
    record Ack(String storyId, int revision, String marker, long atNanos) {
    }

    /** One story of the crash test: an id and its fixed paragraphs after the changing first one. */
    record CrashStory(String id, String language, String rest) {

        String body(String marker) {
            return Json.createObjectBuilder()
                    .add("headline", "Absturztest " + id.substring(0, 8))
                    .add("language", language)
                    .add("desk", "Politik")
                    .add("bodyHtml", "<p>Stand der Meldung: " + marker + ".</p>" + rest)
                    .add("note", "Korrektur " + marker)
                    .build().toString();
        }
    }

    private final ApiClient api;
    private final String authorization;
    final ConcurrentLinkedQueue<Ack> acknowledged = new ConcurrentLinkedQueue<>();
    final AtomicLong unknown = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    Savers(ApiClient api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    void start(List<CrashStory> stories, String round) {
        stop.set(false);
        for (CrashStory story : stories) {
            Thread thread = new Thread(() -> saveAgainAndAgain(story, round), "saver-" + story.id());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        threads.clear();
    }

    /** When the newest acknowledged save was answered (nanoTime), to see the server work again after a crash. */
    final AtomicLong lastAck = new AtomicLong();

    private void saveAgainAndAgain(CrashStory story, String round) {
        int base = -1;
        int sequence = 0;
        while (!stop.get()) {
            try {
                if (base < 0) {
                    base = currentRevision(story.id());
                    if (base < 0) {
                        Thread.sleep(200);
                        continue;
                    }
                }
                String marker = round + "s" + (++sequence) + "x" + story.id().substring(0, 8);
                HttpResponse<String> answer = api.send("PUT", "/api/stories/" + story.id(), authorization,
                        story.body(marker), "\"" + base + "\"");
                if (answer.statusCode() == 200) {
                    int revision = Integer.parseInt(answer.headers().firstValue("ETag").orElseThrow()
                            .replace("\"", ""));
                    acknowledged.add(new Ack(story.id(), revision, marker, System.nanoTime()));
                    lastAck.set(System.nanoTime());
                    base = revision;
                } else {
                    if (answer.statusCode() == 412) {
                        conflicts.incrementAndGet();
                    } else {
                        unknown.incrementAndGet();
                        Thread.sleep(100);
                    }
                    base = -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                unknown.incrementAndGet();
                base = -1;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The story's current revision, or -1 when the server does not answer. */
    private int currentRevision(String id) {
        try {
            return api.get("/api/stories/" + id, authorization).asJsonObject().getInt("revision");
        } catch (Exception e) {
            return -1;
        }
    }
}
