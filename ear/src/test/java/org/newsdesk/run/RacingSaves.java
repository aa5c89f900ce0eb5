package org.newsdesk.run;

import jakarta.json.JsonObject;
import org.newsdesk.run.Savers.CrashStory;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Saves racing on the same base revision, in groups of 100 started at once on one story: exactly one may win (200),
 * the others must be refused (412), and the story must then hold the winner's text at base + 1 — no silent
 * overwrite.
 */
final class RacingSaves {

    /** How the groups ended. */
    record Outcome(int groups, int oneWinner, int broken) {
    }

    private static final int GROUP = 100;

    private final ApiClient api;
    private final String editor;

    RacingSaves(ApiClient api, String editor) {
        this.api = api;
        this.editor = editor;
    }

    Outcome race(List<CrashStory> stories, int saves) throws Exception {
        int groups = Math.max(1, saves / GROUP);
        int oneWinner = 0;
        ExecutorService pool = Executors.newFixedThreadPool(GROUP);
        try {
            for (int group = 0; group < groups; group++) {
                if (group(pool, stories.get(group % stories.size()), group)) {
                    oneWinner++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(groups, oneWinner, groups - oneWinner);
    }

    private boolean group(ExecutorService pool, CrashStory story, int group) throws Exception {
        int base = api.get("/api/stories/" + story.id(), editor).asJsonObject().getInt("revision");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < GROUP; i++) {
            String marker = "race" + group + "n" + i;
            attempts.add(pool.submit(() -> {
                go.await();
                HttpResponse<String> answer = api.send("PUT", "/api/stories/" + story.id(), editor,
                        story.body(marker), "\"" + base + "\"");
                return answer.statusCode() == 200 ? marker
                        : answer.statusCode() == 412 ? null : "error " + answer.statusCode();
            }));
        }
        go.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> attempt : attempts) {
            String outcome = attempt.get();
            if (outcome != null) {
                winners.add(outcome);
            }
        }
        JsonObject after = api.get("/api/stories/" + story.id(), editor).asJsonObject();
        boolean ok = winners.size() == 1 && !winners.get(0).startsWith("error")
                && after.getInt("revision") == base + 1 && after.getString("bodyText").contains(winners.get(0));
        if (!ok) {
            System.out.println("[crash] race " + group + ": winners " + winners + ", revision " + base + " → "
                    + after.getInt("revision"));
        }
        return ok;
    }
}
