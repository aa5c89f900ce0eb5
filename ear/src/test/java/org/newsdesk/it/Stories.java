package org.newsdesk.it;

import jakarta.json.JsonObject;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test data through the API: stories, and walking them through the workflow to a wanted state. */
public final class Stories {

    public static final String BODY = "Die Nato hat 30 Mitglieder.\\n\\nStoltenberg nannte das Treffen „sehr nützlich“.";

    private Stories() {
    }

    public static String json(String headline, Instant embargo) {
        return "{\"headline\":\"" + headline + "\",\"language\":\"de\",\"desk\":\"Politik\",\"tags\":[\"Nato\"],"
                + (embargo == null ? "" : "\"embargo\":\"" + embargo + "\",")
                + "\"bodyText\":\"" + BODY + "\"}";
    }

    /** A new draft by {@code reporter}; returns its id. */
    public static String create(String author, String headline, Instant embargo) {
        Api.Reply created = Api.demo(author).post("api/stories", json(headline, embargo));
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    public static JsonObject get(String id) {
        return Api.demo("editor").get("api/stories/" + id).json();
    }

    /** Saves new content as {@code user}, based on the current revision. */
    public static Api.Reply save(Api api, String id, String json) {
        int revision = get(id).getInt("revision");
        return api.send(api.request("api/stories/" + id).header("Content-Type", "application/json")
                .header("If-Match", "\"" + revision + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static Api.Reply act(String user, String id, String action, String comment) {
        return Api.demo(user).post("api/stories/" + id + "/workflow/" + action,
                comment == null ? "{}" : "{\"comment\":\"" + comment + "\"}");
    }

    public static void ok(String user, String id, String action) {
        Api.Reply reply = act(user, id, action, "Weil es nötig ist");
        assertEquals(200, reply.status(), user + " " + action + ": " + reply);
    }

    /** A story by {@code reporter} walked to {@code state} by the demo users (SCHEDULED: embargo a day ahead). */
    public static String inState(String state, String headline) {
        Instant embargo = state.equals("SCHEDULED") ? Instant.now().plusSeconds(86_400) : null;
        String id = create("reporter", headline, embargo);
        switch (state) {
            case "DRAFT" -> { }
            case "SPIKED" -> ok("editor", id, "spike");
            default -> {
                ok("reporter", id, "submit");
                if (state.equals("FACT_CHECK")) {
                    break;
                }
                ok("checker", id, "complete-check");
                if (state.equals("EDITOR_REVIEW")) {
                    break;
                }
                ok("chief", id, "approve");
                if (state.equals("APPROVED")) {
                    break;
                }
                ok("editor", id, "publish");
            }
        }
        assertEquals(state, get(id).getString("state"), "walked to " + state);
        return id;
    }
}
