package org.newsdesk.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.account.entity.Role;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access matrix: every API endpoint × every role × ownership, called as a client would, each cell answered as
 * the rule says — the allowed status, or 403 (401 without credentials, 404 for what belongs to somebody else).
 * <p>
 * Generated, so that nothing is left out: the endpoints are read from the deployed OpenAPI document (which the
 * server builds from the JAX-RS resources), and an endpoint there without a rule below fails the test, as does a
 * rule for an endpoint that no longer exists; the rows of the workflow actions come from the workflow definition
 * ({@link WorkflowAction}), one per action, with the roles and authorship it names. The table is also written to
 * {@code docs/ACCESS-MATRIX.md}, and the test fails when that file no longer says what the rules say (run with
 * {@code -Dit.accessMatrix.update=true} to write it).
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String PASSWORD = "ein sehr geheimes Passwort";
    private static final Path DOCUMENT = Path.of(System.getProperty("newsdesk.docs", "../docs"), "ACCESS-MATRIX.md");

    /** Who calls: nobody, each role, and a reporter who is not an author of the story (ownership). */
    enum Caller {
        ANONYMOUS("anonymous", null, EnumSet.noneOf(Role.class), false),
        AUTHOR("REPORTER, author of the story", "reporter", EnumSet.of(Role.REPORTER), true),
        OTHER_REPORTER("REPORTER, not an author", null, EnumSet.of(Role.REPORTER), false),
        EDITOR("EDITOR", "editor", EnumSet.of(Role.EDITOR), false),
        FACT_CHECKER("FACT_CHECKER", "checker", EnumSet.of(Role.FACT_CHECKER), false),
        CHIEF_EDITOR("CHIEF_EDITOR", "chief", EnumSet.of(Role.CHIEF_EDITOR), false),
        ADMIN("ADMIN", "admin", EnumSet.of(Role.ADMIN), false);

        final String label;
        final String demoUser;
        final Set<Role> roles;
        final boolean author;

        Caller(String label, String demoUser, Set<Role> roles, boolean author) {
            this.label = label;
            this.demoUser = demoUser;
            this.roles = roles;
            this.author = author;
        }

        boolean holdsAny(Role... wanted) {
            return java.util.Arrays.stream(wanted).anyMatch(roles::contains);
        }
    }

    /** One request: method, path (with query), content type and body, and an {@code If-Match} revision. */
    record Call(String method, String path, String contentType, String body, Integer ifMatch) {

        static Call get(String path) {
            return new Call("GET", path, null, null, null);
        }

        static Call json(String method, String path, String body) {
            return new Call(method, path, "application/json", body, null);
        }

        Call ifMatch(int revision) {
            return new Call(method, path, contentType, body, revision);
        }
    }

    /**
     * One rule: the endpoint as the OpenAPI document names it, what the row is (the workflow action), who may, the
     * answer then, the answer to the others (403, or 404 where the thing belongs to somebody else), and the request
     * for a caller (with fresh test data where the allowed call changes it).
     */
    record Rule(String method, String template, String label, String who, Predicate<Caller> allowed,
                int allowedStatus, int deniedStatus, Function<Caller, Call> call) {
    }

    private final Map<Caller, Api> apis = new LinkedHashMap<>();
    private String otherReporter;
    private String story;
    private String published;
    private String claim;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @Test
    void everyEndpointAnswersEveryRoleAsItsRuleSays() throws IOException {
        setUp();
        List<Rule> rules = rules();

        Set<String> documented = endpointsOfTheOpenApiDocument();
        Set<String> ruled = rules.stream().map(r -> r.method() + " " + r.template())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(ruled);
        assertTrue(withoutRule.isEmpty(), "endpoints without an access rule: " + withoutRule);
        Set<String> stale = new TreeSet<>(ruled);
        stale.removeAll(documented);
        assertTrue(stale.isEmpty(), "rules for endpoints the server does not have: " + stale);
        assertTrue(documented.size() >= 40, "the OpenAPI document lists the API: " + documented);

        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules) {
            for (Caller caller : Caller.values()) {
                int expected = caller == Caller.ANONYMOUS ? 401
                        : rule.allowed().test(caller) ? rule.allowedStatus() : rule.deniedStatus();
                Call call = rule.call().apply(caller);
                Api.Reply reply = send(caller, call);
                if (reply.status() != expected) {
                    wrong.add(rule.label() + " as " + caller.label + ": expected " + expected + ", got "
                            + reply.status() + " " + abbreviate(reply.body()));
                } else if (expected >= 400 && !String.valueOf(reply.header("Content-Type"))
                        .startsWith("application/problem+json")) {
                    wrong.add(rule.label() + " as " + caller.label + ": " + expected + " without problem+json");
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " cells differ from their rule:\n" + String.join("\n", wrong));

        String table = table(rules);
        if (Boolean.getBoolean("it.accessMatrix.update")) {
            Files.writeString(DOCUMENT, table, StandardCharsets.UTF_8);
        }
        assertEquals(table, Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "",
                DOCUMENT + " says something else than the rules; run the test with -Dit.accessMatrix.update=true");
    }

    // ---------------------------------------------------------------------------------------------------------
    // the rules: API.md's "who" column, and the workflow definition

    private List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        Predicate<Caller> anyone = c -> true;
        Predicate<Caller> admin = c -> c.holdsAny(Role.ADMIN);
        Predicate<Caller> auditors = c -> c.holdsAny(Role.EDITOR, Role.CHIEF_EDITOR, Role.ADMIN);
        Predicate<Caller> creators = c -> c.holdsAny(Role.REPORTER, Role.EDITOR, Role.CHIEF_EDITOR);
        Predicate<Caller> writers = c -> c.author || c.holdsAny(Role.EDITOR, Role.CHIEF_EDITOR);
        Predicate<Caller> editors = c -> c.holdsAny(Role.EDITOR, Role.CHIEF_EDITOR);
        String any = "any role";

        // the caller's own account
        rules.add(rule("GET", "/api/me", any, anyone, 200, c -> Call.get("api/me")));
        rules.add(rule("PUT", "/api/me/password", any + " (own password; here a too weak new one: 422)", anyone, 422,
                c -> Call.json("PUT", "api/me/password", "{\"current\":\"" + password(c) + "\",\"new\":\"abc\"}")));
        rules.add(rule("GET", "/api/me/tokens", any, anyone, 200, c -> Call.get("api/me/tokens")));
        rules.add(rule("POST", "/api/me/tokens", any, anyone, 201,
                c -> Call.json("POST", "api/me/tokens", "{\"name\":\"Matrix\",\"expiresInDays\":1}")));
        rules.add(new Rule("DELETE", "/api/me/tokens/{id}", "DELETE /api/me/tokens/{id}",
                "the token's owner (an EDITOR's token here); others 404", c -> c == Caller.EDITOR, 204, 404,
                c -> new Call("DELETE", "api/me/tokens/" + tokenOfEditor(), null, null, null)));

        // accounts
        rules.add(rule("GET", "/api/users", "ADMIN", admin, 200, c -> Call.get("api/users")));
        rules.add(rule("POST", "/api/users", "ADMIN", admin, 201, c -> Call.json("POST", "api/users",
                newUser(unique("matrix"), "REPORTER"))));
        rules.add(rule("GET", "/api/users/{name}", "ADMIN", admin, 200, c -> Call.get("api/users/reporter")));
        rules.add(rule("PUT", "/api/users/{name}/roles", "ADMIN", admin, 200, c -> Call.json("PUT",
                "api/users/" + account() + "/roles", "{\"roles\":[\"EDITOR\"]}")));
        rules.add(rule("POST", "/api/users/{name}/password-reset", "ADMIN", admin, 200, c -> Call.json("POST",
                "api/users/" + account() + "/password-reset", "{}")));
        rules.add(rule("POST", "/api/users/{name}/disable", "ADMIN", admin, 200, c -> Call.json("POST",
                "api/users/" + account() + "/disable", "{}")));

        // the audit log
        rules.add(rule("GET", "/api/audit", "EDITOR, CHIEF_EDITOR, ADMIN", auditors, 200,
                c -> Call.get("api/audit?size=5")));
        rules.add(rule("GET", "/api/audit/export.csv", "EDITOR, CHIEF_EDITOR, ADMIN", auditors, 200,
                c -> Call.get("api/audit/export.csv?story=" + story)));
        rules.add(rule("GET", "/api/audit/verify", "ADMIN", admin, 200, c -> Call.get("api/audit/verify")));
        rules.add(rule("GET", "/api/audit/checkpoints", "ADMIN", admin, 200, c -> Call.get("api/audit/checkpoints")));

        // stories and revisions
        rules.add(rule("GET", "/api/stories", any, anyone, 200, c -> Call.get("api/stories?size=5")));
        rules.add(rule("POST", "/api/stories", "REPORTER, EDITOR, CHIEF_EDITOR", creators, 201,
                c -> Call.json("POST", "api/stories", storyJson("Neu"))));
        rules.add(rule("POST", "/api/stories/import", "REPORTER, EDITOR, CHIEF_EDITOR", creators, 201,
                c -> new Call("POST", "api/stories/import", "text/plain; charset=UTF-8",
                        "Agenturmeldung über die Nato\n\nDie Nato hat 30 Mitglieder.", null)));
        rules.add(rule("GET", "/api/stories/{id}", any, anyone, 200, c -> Call.get("api/stories/" + story)));
        rules.add(rule("PUT", "/api/stories/{id}", "its authors, EDITOR, CHIEF_EDITOR", writers, 200, c -> {
            String id = draft();
            return Call.json("PUT", "api/stories/" + id, storyJson("Geändert")).ifMatch(1);
        }));
        rules.add(rule("GET", "/api/stories/{id}/revisions", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/revisions")));
        rules.add(rule("GET", "/api/stories/{id}/revisions/{n}", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/revisions/1")));
        rules.add(rule("POST", "/api/stories/{id}/revisions/{n}/restore", "its authors, EDITOR, CHIEF_EDITOR", writers,
                200, c -> {
                    String id = draftWithTwoRevisions();
                    return Call.json("POST", "api/stories/" + id + "/revisions/1/restore", null).ifMatch(2);
                }));
        rules.add(rule("GET", "/api/stories/{id}/diff", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/diff?from=1&to=2")));
        rules.add(rule("GET", "/api/stories/{id}/timeline", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/timeline")));
        rules.add(rule("GET", "/api/stories/{id}/ninjs", any, anyone, 200,
                c -> Call.get("api/stories/" + published + "/ninjs")));
        rules.add(rule("GET", "/api/published", any, anyone, 200, c -> Call.get("api/published?size=5")));

        // workflow: the definition's rows
        rules.add(rule("GET", "/api/stories/{id}/workflow", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/workflow")));
        for (WorkflowAction action : WorkflowAction.values()) {
            StoryState from = startingState(action);
            rules.add(new Rule("POST", "/api/stories/{id}/workflow/{action}",
                    "POST /api/stories/{id}/workflow/" + action.label(), action.who().describe()
                    + " (from " + from + ")", c -> action.allows(c.roles, c.author), 200, 403,
                    c -> Call.json("POST", "api/stories/" + storyIn(from) + "/workflow/" + action.label(),
                            "{\"comment\":\"Prüfung der Rechte\"}")));
        }
        rules.add(rule("GET", "/api/stories/{id}/assignees", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/assignees")));
        rules.add(rule("PUT", "/api/stories/{id}/assignees", "EDITOR, CHIEF_EDITOR", editors, 200,
                c -> Call.json("PUT", "api/stories/" + draft() + "/assignees", "[]")));
        rules.add(rule("GET", "/api/notifications", any, anyone, 200, c -> Call.get("api/notifications?size=5")));
        rules.add(new Rule("POST", "/api/notifications/{id}/read", "POST /api/notifications/{id}/read",
                "the notification's addressee (a FACT_CHECKER's here); others 404", c -> c == Caller.FACT_CHECKER,
                200, 404, c -> Call.json("POST", "api/notifications/" + notificationOfChecker() + "/read", null)));

        // fact-checking
        rules.add(rule("POST", "/api/stories/{id}/claims", "FACT_CHECKER, EDITOR",
                c -> c.holdsAny(Role.FACT_CHECKER, Role.EDITOR), 201, c -> Call.json("POST",
                        "api/stories/" + draft() + "/claims", "{\"quote\":\"30 Mitglieder\"}")));
        rules.add(rule("GET", "/api/stories/{id}/claims", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/claims")));
        rules.add(rule("GET", "/api/stories/{id}/claim-candidates", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/claim-candidates")));
        rules.add(rule("GET", "/api/stories/{id}/annotations", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/annotations")));
        rules.add(rule("GET", "/api/stories/{id}/claimreview", any, anyone, 200,
                c -> Call.get("api/stories/" + story + "/claimreview")));
        rules.add(rule("GET", "/api/claims/{claimId}", any, anyone, 200, c -> Call.get("api/claims/" + claim)));
        rules.add(rule("GET", "/api/claims/{claimId}/verdicts", any, anyone, 200,
                c -> Call.get("api/claims/" + claim + "/verdicts")));
        rules.add(rule("PUT", "/api/claims/{claimId}/verdict", "FACT_CHECKER", c -> c.holdsAny(Role.FACT_CHECKER), 200,
                c -> Call.json("PUT", "api/claims/" + claimOn(draft()) + "/verdict", "{\"verdict\":\"verified\"}")));
        rules.add(rule("POST", "/api/claims/{claimId}/resolution", "EDITOR, CHIEF_EDITOR", editors, 200,
                c -> Call.json("POST", "api/claims/" + falseClaim() + "/resolution",
                        "{\"text\":\"Der Satz wurde gestrichen.\"}")));
        rules.add(rule("POST", "/api/claims/{claimId}/comments", any, anyone, 201,
                c -> Call.json("POST", "api/claims/" + claim + "/comments", "{\"text\":\"Quelle?\"}")));

        // the load benchmark's baseline: off on this server (as in production), so 404 to whoever may call it
        rules.add(rule("PUT", "/api/baseline/{id}", "REPORTER, EDITOR, CHIEF_EDITOR (only with NEWSDESK_BENCHMARK=true;"
                + " otherwise 404)", creators, 404, c -> Call.json("PUT", "api/baseline/" + story,
                "{\"headline\":\"Baseline\",\"language\":\"de\",\"bodyText\":\"Text\"}")));
        return rules;
    }

    private static Rule rule(String method, String template, String who, Predicate<Caller> allowed, int status,
                             Function<Caller, Call> call) {
        return new Rule(method, template, method + " " + template, who, allowed, status, 403, call);
    }

    /** The state an action starts from in this test: the first of its states along the usual way. */
    private static StoryState startingState(WorkflowAction action) {
        for (StoryState state : List.of(StoryState.DRAFT, StoryState.FACT_CHECK, StoryState.EDITOR_REVIEW,
                StoryState.APPROVED, StoryState.SPIKED, StoryState.PUBLISHED)) {
            if (action.from().contains(state)) {
                return state;
            }
        }
        throw new IllegalStateException(action + " starts nowhere");
    }

    // ---------------------------------------------------------------------------------------------------------
    // the generated table

    private static String table(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        out.append("# Access matrix of the API\n\n")
                .append("Generated by `AccessMatrixIT` from its rules (API.md's \"who\") and the workflow definition; the test\n")
                .append("calls every cell against the running server and fails when an endpoint of the OpenAPI document has no\n")
                .append("rule, or when this file differs from the rules (`-Dit.accessMatrix.update=true` rewrites it).\n")
                .append("A cell names the answer: in bold the allowed call's status, `403` for a role without the right,\n")
                .append("`404` for what belongs to somebody else, `401` without credentials.\n\n| endpoint | who |");
        for (Caller caller : Caller.values()) {
            out.append(' ').append(caller.label).append(" |");
        }
        out.append("\n|---|---|");
        out.append("---|".repeat(Caller.values().length)).append('\n');
        for (Rule rule : rules) {
            out.append("| `").append(rule.label()).append("` | ").append(rule.who()).append(" |");
            for (Caller caller : Caller.values()) {
                boolean allowed = caller != Caller.ANONYMOUS && rule.allowed().test(caller);
                int status = caller == Caller.ANONYMOUS ? 401 : allowed ? rule.allowedStatus() : rule.deniedStatus();
                out.append(' ').append(allowed ? "**" + status + "**" : String.valueOf(status)).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // callers and test data

    private void setUp() {
        otherReporter = unique("reporter");
        Api.Reply created = Api.demo("admin").post("api/users", newUser(otherReporter, "REPORTER"));
        assertEquals(201, created.status(), created.toString());
        for (Caller caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS) {
                apis.put(caller, Api.anonymous());
                continue;
            }
            // tokens make the many calls cheap (no password hashing per call); Basic is tested elsewhere
            Api.Reply token = Api.as(user(caller), password(caller)).post("api/me/tokens",
                    "{\"name\":\"Zugriffsmatrix\",\"expiresInDays\":1}");
            assertEquals(201, token.status(), caller + ": " + token);
            apis.put(caller, Api.withAuthorization("Bearer " + token.json().getString("token")));
        }
        story = draftWithTwoRevisions();
        claim = claimOn(story);
        published = storyIn(StoryState.PUBLISHED);
    }

    private String user(Caller caller) {
        return caller == Caller.OTHER_REPORTER ? otherReporter : caller.demoUser;
    }

    private String password(Caller caller) {
        return caller == Caller.OTHER_REPORTER ? PASSWORD : NewsdeskDeployment.DEMO_PASSWORD;
    }

    private Api.Reply send(Caller caller, Call call) {
        Api api = apis.get(caller);
        HttpRequest.Builder request = api.request(call.path());
        if (call.ifMatch() != null) {
            request.header("If-Match", "\"" + call.ifMatch() + "\"");
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        return api.send(request.method(call.method(), body));
    }

    private Api.Reply ok(Caller caller, Call call, int status) {
        Api.Reply reply = send(caller, call);
        assertEquals(status, reply.status(), caller + " " + call + ": " + reply);
        return reply;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newUser(String name, String role) {
        return "{\"username\":\"" + name + "\",\"displayName\":\"Matrix Test\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"" + role + "\"]}";
    }

    private static String storyJson(String headline) {
        return "{\"headline\":\"" + headline + "\",\"language\":\"de\",\"desk\":\"Politik\",\"bodyText\":\""
                + Stories.BODY + "\"}";
    }

    /** A fresh account to change. */
    private String account() {
        String name = unique("matrix");
        ok(Caller.ADMIN, Call.json("POST", "api/users", newUser(name, "REPORTER")), 201);
        return name;
    }

    /** A fresh draft written by the demo reporter (the {@link Caller#AUTHOR}). */
    private String draft() {
        return ok(Caller.AUTHOR, Call.json("POST", "api/stories", storyJson("Matrix")), 201).json().getString("id");
    }

    private String draftWithTwoRevisions() {
        String id = draft();
        ok(Caller.AUTHOR, Call.json("PUT", "api/stories/" + id, storyJson("Matrix, zweite Fassung")).ifMatch(1), 200);
        return id;
    }

    /** A fresh story by the demo reporter, walked to {@code state}. */
    private String storyIn(StoryState state) {
        String id = draft();
        if (state == StoryState.DRAFT) {
            return id;
        }
        if (state == StoryState.SPIKED) {
            act(Caller.EDITOR, id, "spike");
            return id;
        }
        act(Caller.AUTHOR, id, "submit");
        if (state != StoryState.FACT_CHECK) {
            act(Caller.FACT_CHECKER, id, "complete-check");
        }
        if (state != StoryState.FACT_CHECK && state != StoryState.EDITOR_REVIEW) {
            act(Caller.CHIEF_EDITOR, id, "approve");
        }
        if (state == StoryState.PUBLISHED) {
            act(Caller.EDITOR, id, "publish");
        }
        return id;
    }

    private void act(Caller caller, String id, String action) {
        ok(caller, Call.json("POST", "api/stories/" + id + "/workflow/" + action, "{\"comment\":\"Weiter\"}"), 200);
    }

    private String claimOn(String storyId) {
        return ok(Caller.FACT_CHECKER, Call.json("POST", "api/stories/" + storyId + "/claims",
                "{\"quote\":\"30 Mitglieder\"}"), 201).json().getString("id");
    }

    private String falseClaim() {
        String id = claimOn(draft());
        ok(Caller.FACT_CHECKER, Call.json("PUT", "api/claims/" + id + "/verdict", "{\"verdict\":\"false\","
                + "\"rationale\":\"Die Nato hat 32 Mitglieder.\",\"sources\":[{\"url\":\"https://www.nato.int/\","
                + "\"title\":\"Nato\"}]}"), 200);
        return id;
    }

    private String tokenOfEditor() {
        return ok(Caller.EDITOR, Call.json("POST", "api/me/tokens", "{\"name\":\"Fremd\",\"expiresInDays\":1}"), 201)
                .json().getString("id");
    }

    /** A new notification of the demo fact-checker: a story assigned to them. */
    private String notificationOfChecker() {
        String id = draft();
        ok(Caller.EDITOR, Call.json("PUT", "api/stories/" + id + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"checker\",\"priority\":\"normal\"}]"), 200);
        for (JsonObject notification : send(Caller.FACT_CHECKER, Call.get("api/notifications?size=50")).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (id.equals(notification.getString("storyId", null))) {
                return notification.get("id") instanceof jakarta.json.JsonString text ? text.getString()
                        : notification.get("id").toString();
            }
        }
        throw new AssertionError("no notification for the assignment of " + id);
    }

    /** "GET /api/stories/{id}" for every operation of the server's OpenAPI document. */
    private static Set<String> endpointsOfTheOpenApiDocument() {
        Api api = Api.anonymous();
        Api.Reply reply = api.send(api.request("openapi").header("Accept", "application/json").GET());
        assertEquals(200, reply.status(), reply.toString());
        Set<String> endpoints = new TreeSet<>();
        JsonObject paths = reply.json().getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    endpoints.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        return endpoints;
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? String.valueOf(body) : body.substring(0, 300) + "…";
    }
}
