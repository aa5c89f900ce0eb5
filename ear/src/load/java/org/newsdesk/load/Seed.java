package org.newsdesk.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sets up the newsroom through the API, as clients would: a token for the demo editor, reporter and fact-checker,
 * {@code count} stories of 1–8 KB (German and English) with 0–30 claims each, and every tenth story on the
 * reporter's desk.
 */
final class Seed {

    private final String baseUrl;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Seed(String baseUrl, String password) {
        this.baseUrl = baseUrl;
        this.password = password;
    }

    Fixture newsroom(int count, long seed) throws Exception {
        String editor = token("editor");
        String reporter = token("reporter");
        String checker = token("checker");
        List<LoadStory> stories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<LoadStory>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                made.add(pool.submit(() -> create(index, seed, editor, checker)));
            }
            for (Future<LoadStory> story : made) {
                stories.add(story.get());
            }
        } finally {
            pool.shutdown();
        }
        return new Fixture(editor, reporter, checker, stories);
    }

    private LoadStory create(int index, long seed, String editor, String checker) throws IOException,
            InterruptedException {
        LoadStory story = Newsroom.story(index, seed);
        HttpResponse<String> created = send("POST", "/api/stories", "Bearer " + editor, story.body("Erste Fassung"));
        expect(201, created);
        story.id = json(created).getString("id");
        story.etag = created.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        Random random = new Random(seed * 7 + index);
        List<String> sentences = new ArrayList<>(story.sentences());
        Collections.shuffle(sentences, random);
        int claims = Math.min(sentences.size(), random.nextInt(31));
        for (String sentence : sentences.subList(0, claims)) {
            HttpResponse<String> claim = send("POST", "/api/stories/" + story.id + "/claims", "Bearer " + checker,
                    Json.createObjectBuilder().add("quote", sentence).build().toString());
            expect(201, claim);
            story.claimIds.add(json(claim).getString("id"));
        }
        if (index % 10 == 0) {
            expect(200, send("PUT", "/api/stories/" + story.id + "/assignees", "Bearer " + editor,
                    "[{\"role\":\"REPORTER\",\"user\":\"reporter\",\"deadline\":\""
                            + Instant.now().plus(Duration.ofDays(1)) + "\",\"priority\":\"normal\"}]"));
        }
        return story;
    }

    private String token(String user) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = send("POST", "/api/me/tokens", basic,
                "{\"name\":\"load benchmark\",\"expiresInDays\":1}");
        expect(201, created);
        return json(created).getString("token");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
