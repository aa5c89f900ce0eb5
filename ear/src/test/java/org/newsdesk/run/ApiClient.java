package org.newsdesk.run;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The crash test's HTTP client of the API: JSON bodies, tokens of the demo accounts. */
final class ApiClient {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One request; {@code body} and {@code ifMatch} may be null. */
    HttpResponse<String> send(String method, String path, String authorization, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET that must answer 200, as JSON. */
    JsonValue get(String path, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> answer = send("GET", path, authorization, null, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readValue();
    }

    /** "Bearer …" with a new personal API token of {@code user}, made with the password. */
    String bearer(String user, String password) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = send("POST", "/api/me/tokens", basic,
                "{\"name\":\"crash test\",\"expiresInDays\":1}", null);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("no token for " + user + ": " + created.body());
        }
        return "Bearer " + json(created).getString("token");
    }

    /** Whether /health answers UP. */
    boolean healthy() throws InterruptedException {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
