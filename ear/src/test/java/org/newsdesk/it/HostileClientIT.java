package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile clients against the running server: password guessing (the per-account lock-out cannot be raced, and one
 * client address cannot go on guessing across accounts) and other sites' pages using a browser's cached
 * credentials. The tests' server believes {@code X-Forwarded-For} from the local machine (its configured proxy),
 * so each test plays a client address of its own.
 */
@ExtendWith(ArquillianExtension.class)
class HostileClientIT {

    private static final String PASSWORD = "ein sehr geheimes Passwort";
    /** NEWSDESK_LOGIN_ADDRESS_FAILURES of the tests' server (ear/pom.xml). */
    private static final int ADDRESS_LIMIT = Integer.getInteger("it.login.addressFailures");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static Api.Reply from(String address, Api api, String path) {
        return api.send(api.request(path).header("X-Forwarded-For", address).GET());
    }

    private static String createUser() {
        String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.demo("admin").post("api/users", "{\"username\":\"" + name
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"REPORTER\"]}");
        assertEquals(201, created.status(), created.toString());
        return name;
    }

    private static JsonArray events(String query) {
        Api.Reply reply = Api.demo("admin").get("api/audit?size=200&" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items");
    }

    @Test
    void fortyParallelWrongPasswordsAreFortyRefusalsFortyEventsAndALockedAccount() throws Exception {
        String name = createUser();
        int parallel = 40;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String guess = "wrong guess number " + i;
                calls.add(pool.submit(() -> from("198.51.100.40", Api.as(name, guess), "api/stories")));
            }
            for (Future<Api.Reply> call : calls) {
                Api.Reply reply = call.get();
                statuses.add(reply.status());
                assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(parallel, statuses.stream().filter(status -> status == 401).count(), statuses.toString());
        JsonArray failures = events("actor=" + name + "&action=account.api-auth-failed");
        assertEquals(parallel, failures.size(), "exactly one event per failed attempt");
        assertEquals(401, from("198.51.100.41", Api.as(name, PASSWORD), "api/stories").status(),
                "the account is locked: even the right password is refused");
        long badPasswords = failures.stream().map(JsonObject.class::cast)
                .filter(event -> event.getJsonObject("details").getString("reason").equals("bad-password")).count();
        assertEquals(5, badPasswords, "five wrong passwords lock the account; the rest met a locked account");
        assertTrue(events("actor=" + name + "&action=account.api-auth-failed").getJsonObject(0)
                .getJsonObject("details").getString("reason").equals("locked"));
        assertTrue(Ledger.verify().getBoolean("intact"));
    }

    @Test
    void oneAddressThatFailsTooOftenIsTurnedAwayBeforeAnyPasswordIsChecked() {
        String address = "198.51.100." + (100 + (int) (Math.random() * 100));
        int throttledBefore = events("action=account.address-throttled").size();
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            Api.Reply reply = from(address, Api.anonymous(), "api/stories");
            assertEquals(401, reply.status(), "no credentials is not a failure");
            HttpRequest.Builder empty = Api.anonymous().request("api/stories")
                    .header("X-Forwarded-For", address).header("Authorization", "Basic Og==");
            assertEquals(401, Api.anonymous().send(empty.GET()).status(), "attempt " + i);
        }
        Api.Reply refused = from(address, Api.demo("reporter"), "api/stories");
        assertEquals(429, refused.status(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 60 && retryAfter <= 15 * 60, "Retry-After: " + retryAfter);
        assertEquals(200, from("198.51.100.1", Api.demo("reporter"), "api/stories").status(),
                "other addresses, and the account itself, are not affected");
        from(address, Api.demo("reporter"), "api/stories");
        JsonArray throttledAfter = events("action=account.address-throttled");
        assertEquals(throttledBefore + 1, throttledAfter.size(), "one event when the address is throttled, "
                + "none for each refusal after it");
        JsonObject throttled = throttledAfter.getJsonObject(0);
        assertTrue(throttled.getString("entityId").matches("address:[0-9a-f]{16}"), throttled.toString());
        assertFalse(throttled.toString().contains(address), "the ledger keeps a pseudonym, not the address");
        assertEquals(ADDRESS_LIMIT, throttled.getJsonObject("details").getInt("failures"));
    }

    @Test
    void anotherSitesPageCannotChangeAnythingThroughTheApiEvenWithCredentials() {
        String name = createUser();
        long eventsBefore = Ledger.verify().getJsonNumber("events").longValue();
        Api admin = Api.demo("admin");
        String[][] forged = {{"Origin", "https://evil.example"}, {"Origin", "null"}, {"Sec-Fetch-Site", "cross-site"},
                {"Sec-Fetch-Site", "same-site"}};
        for (String[] header : forged) {
            Api.Reply disable = admin.send(admin.request("api/users/" + name + "/disable").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, disable.status(), header[0] + ": " + header[1] + " " + disable);
            assertTrue(disable.header("Content-Type").startsWith("application/problem+json"));
            Api.Reply imported = Api.demo("reporter").send(Api.demo("reporter").request("api/stories/import")
                    .header(header[0], header[1]).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Überschrift\n\nEin Text, den niemand schrieb.")));
            assertEquals(403, imported.status(), imported.toString());
            Api.Reply guess = Api.as("admin", "a guess from another site").send(Api.as("admin", "x")
                    .request("api/users/" + name + "/disable").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, guess.status(), "refused before the credentials are looked at");
        }
        assertTrue(admin.get("api/users/" + name).json().getBoolean("enabled"), "nothing changed");
        assertEquals(eventsBefore, Ledger.verify().getJsonNumber("events").longValue(),
                "not even a failed login was spent");
        Api.Reply reads = admin.send(admin.request("api/users/" + name).header("Origin", "https://evil.example").GET());
        assertEquals(200, reads.status(), "reading is not refused (the browser keeps the answer from the other page)");
        Api.Reply ownPage = admin.send(admin.request("api/users/" + name + "/disable")
                .header("Origin", NewsdeskDeployment.BASE.toString().replaceAll("/$", ""))
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, ownPage.status(), ownPage.toString());
        assertFalse(ownPage.json().getBoolean("enabled"));
    }

    private static void assertDataHeaders(Api.Reply reply) {
        String what = reply.response().uri() + " " + reply.status();
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
                reply.header("Content-Security-Policy"), what);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), what);
        assertEquals("DENY", reply.header("X-Frame-Options"), what);
        assertEquals("same-origin", reply.header("Referrer-Policy"), what);
        assertEquals("no-store", reply.header("Cache-Control"), what);
        assertAnonymousServer(reply);
    }

    private static void assertAnonymousServer(Api.Reply reply) {
        assertEquals(null, reply.header("X-Powered-By"), reply.response().headers().map().toString());
        String server = reply.header("Server");
        assertTrue(server == null || !server.matches("(?i).*(payara|glassfish|java|jdk|debian|\\d).*"),
                "the server does not name its make or version: " + server);
    }

    @Test
    void apiAnswersAreDataThatNoBrowserRunsCachesOrFrames() {
        assertDataHeaders(Api.demo("reporter").get("api/stories"));
        assertDataHeaders(Api.anonymous().get("api/stories"));
        assertDataHeaders(Api.demo("reporter").get("api/no-such-thing"));
        assertDataHeaders(Api.demo("editor").get("api/audit/export.csv"));
        assertDataHeaders(Api.as("nobody-" + UUID.randomUUID(), "wrong password").get("api/stories"));
    }

    @Test
    void pagesHaveAScriptPolicyWithANonceAndNoInlineScript() {
        Api.Reply login = Api.anonymous().get("login.xhtml");
        assertEquals(200, login.status());
        String policy = login.header("Content-Security-Policy");
        assertTrue(policy != null && policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}';?"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'")
                && policy.contains("base-uri 'none'"), policy);
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertFalse(login.body().matches("(?s).*<script(?![^>]*nonce=)[^>]*>.*"), "no script without the nonce");
        assertFalse(login.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handler attribute");
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertAnonymousServer(login);
        assertFalse(policy.equals(Api.anonymous().get("login.xhtml").header("Content-Security-Policy")),
                "a new nonce for every page");
    }

    @Test
    void hstsOnlyWhenTheBrowserCameOverTlsAsTheConfiguredProxySays() {
        Api reporter = Api.demo("reporter");
        assertEquals(null, reporter.get("api/stories").header("Strict-Transport-Security"), "plain HTTP");
        Api.Reply tls = reporter.send(reporter.request("api/stories").header("X-Forwarded-Proto", "https").GET());
        assertEquals("max-age=31536000", tls.header("Strict-Transport-Security"));
    }

    /**
     * Every screen works under its Content-Security-Policy: Chromium refuses nothing on any of them (a script or
     * handler without the page's nonce would be refused and logged).
     */
    @Test
    void everyScreenRunsUnderThePolicyWithoutAnythingRefused() throws InterruptedException {
        String id = Stories.create("editor", "Richtlinie " + UUID.randomUUID().toString().substring(0, 6), null);
        try (Browser browser = new Browser()) {
            browser.open("login.xhtml");
            browser.find(By.id("login:username"));
            assertEquals(List.of(), browser.policyViolations(), "login page");
            browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
            browser.find(By.id("currentUser"));
            for (String page : new String[] {"index.xhtml", "stories/index.xhtml", "stories/board.xhtml",
                    "notifications.xhtml", "audit/index.xhtml", "admin/ledger.xhtml",
                    "account/index.xhtml", "account/password.xhtml", "account/two-factor.xhtml", "stories/edit.xhtml?id=" + id,
                    "stories/history.xhtml?id=" + id, "stories/timeline.xhtml?id=" + id,
                    "stories/factcheck.xhtml?id=" + id, "no-such-page.xhtml"}) {
                browser.open(page);
                browser.find(By.tagName("main"));
                assertTrue(browser.driver().getCurrentUrl().contains(page.replaceAll("\\?.*", "")),
                        page + ": on the page itself, not sent elsewhere: " + browser.driver().getCurrentUrl());
                browser.settle();
                Thread.sleep(500); // scripts that run after loading (live updates, widgets)
                assertEquals(List.of(), browser.policyViolations(), page);
            }
            // the accounts screen is a protected view: opened through the menu, as users do
            browser.open("index.xhtml");
            browser.click(By.id("nav:menuAccounts"));
            browser.find(By.id("accounts:table"));
            browser.click(By.id("accounts:new"));
            browser.find(By.id("createForm:newUsername"));
            Thread.sleep(500);
            assertEquals(List.of(), browser.policyViolations(), "admin/accounts.xhtml with its dialog");
        }
    }

    /** Refused access is what an operator looks for: every 403 is in the server log with who, what and why. */
    @Test
    void everyRefusedAccessIsInTheServerLog() throws Exception {
        String marker = "probe-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(403, Api.demo("reporter").get("api/users?q=" + marker).status());
        Api admin = Api.demo("admin");
        assertEquals(403, admin.send(admin.request("api/users/" + marker + "/disable")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody())).status());
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("newsdesk.payaraHome"),
                "glassfish", "domains", "domain1", "logs", "server.log");
        long deadline = System.nanoTime() + 15_000_000_000L;
        String text = "";
        while (System.nanoTime() < deadline) {
            text = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
            if (text.contains("/api/users/" + marker + "/disable")) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(text.contains("Access denied (403): user=reporter GET /api/users"), "the reporter's refusal");
        assertTrue(text.matches("(?s).*Access denied \\(403\\): user=anonymous POST /api/users/" + marker
                + "/disable from [0-9.:a-f]+ \\(cross-site request\\).*"), "the cross-site refusal");
    }

    /** A socket of a browser that logged in as the user, on the user's own inbox updates. */
    private static WebSocketCloses listen(Browser browser) {
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        WebSocketCloses closes = new WebSocketCloses();
        java.net.http.HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie)
                .header("Origin", "http://localhost:8080")
                .buildAsync(java.net.URI.create("ws://localhost:8080/updates/inbox/me"), closes).join();
        return closes;
    }

    /** Open tabs do not go on listening after their login ended: logout, a disabled account, a reset password. */
    @Test
    void liveUpdateSocketsCloseWhenTheLoginEnds() throws Exception {
        String loggingOut = createUser();
        try (Browser browser = new Browser()) {
            browser.login(loggingOut, PASSWORD);
            browser.find(By.id("currentUser"));
            WebSocketCloses socket = listen(browser);
            Thread.sleep(500);
            assertFalse(socket.code.isDone(), "open while logged in");
            browser.logout();
            int code = socket.code.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1008, code, "closed with the session by the container (Jakarta WebSocket 7.2)");
        }
        String disabled = createUser();
        try (Browser browser = new Browser()) {
            browser.login(disabled, PASSWORD);
            browser.find(By.id("currentUser"));
            WebSocketCloses socket = listen(browser);
            assertEquals(200, Api.demo("admin").post("api/users/" + disabled + "/disable", "").status());
            assertEquals(4401, socket.code.get(10, java.util.concurrent.TimeUnit.SECONDS), "closed by disabling");
        }
    }

    /** Remembers the close code a websocket was closed with. */
    private static final class WebSocketCloses implements java.net.http.WebSocket.Listener {
        final java.util.concurrent.CompletableFuture<Integer> code = new java.util.concurrent.CompletableFuture<>();

        @Override
        public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket socket, int status,
                                                             String reason) {
            code.complete(status);
            return null;
        }
    }

    /**
     * A login never tells whether an account exists: an unknown name, a wrong password, a disabled and a locked
     * account get the same status, headers and body (the work behind them is the same too: an unknown name is
     * checked against a dummy hash, see AccountService).
     */
    @Test
    void loginNeverRevealsWhetherAnAccountExists() {
        String existing = createUser();
        String disabled = createUser();
        assertEquals(200, Api.demo("admin").post("api/users/" + disabled + "/disable", "").status());
        String locked = createUser();
        for (int i = 0; i < 5; i++) {
            from("198.51.100.60", Api.as(locked, "wrong " + i), "api/stories");
        }
        List<Api.Reply> replies = List.of(
                from("198.51.100.61", Api.as("nobody-" + UUID.randomUUID(), PASSWORD), "api/stories"),
                from("198.51.100.61", Api.as(existing, "not the password at all"), "api/stories"),
                from("198.51.100.61", Api.as(disabled, PASSWORD), "api/stories"),
                from("198.51.100.61", Api.as(locked, PASSWORD), "api/stories"));
        Api.Reply first = replies.get(0);
        for (Api.Reply reply : replies) {
            assertEquals(401, reply.status());
            assertEquals(first.body(), reply.body(), "the same words for every kind of failure");
            assertEquals(first.header("WWW-Authenticate"), reply.header("WWW-Authenticate"));
            assertEquals(first.header("Content-Type"), reply.header("Content-Type"));
        }
    }

    /**
     * ... nor by how long the answer takes: every kind of failure hashes once (an unknown or locked name against a
     * dummy hash of the same cost; the fifth wrong password also locks its account). Measured as ratios in one run, interleaved, medians of five; the bound (a
     * factor of 2.5) is far from the difference a skipped hash would make (a hash is most of a refused request's
     * time, so skipping it makes a request many times faster).
     */
    @Test
    void loginTakesAsLongWhetherOrNotTheAccountExists() {
        String existing = createUser();
        String locked = createUser();
        for (int i = 0; i < 5; i++) {
            from("198.51.100.70", Api.as(locked, "wrong " + i), "api/stories");
        }
        Map<String, Api> kinds = new java.util.LinkedHashMap<>();
        kinds.put("unknown", Api.as("nobody-" + UUID.randomUUID(), PASSWORD));
        kinds.put("locked", Api.as(locked, PASSWORD));
        kinds.put("wrong password", Api.as(existing, "not the password at all"));
        Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        for (int round = 0; round < 5; round++) {
            for (Map.Entry<String, Api> kind : kinds.entrySet()) {
                long start = System.nanoTime();
                Api.Reply reply = from("198.51.100.71", kind.getValue(), "api/stories");
                times.computeIfAbsent(kind.getKey(), k -> new java.util.ArrayList<>()).add(System.nanoTime() - start);
                assertEquals(401, reply.status(), kind.getKey());
            }
        }
        Map<String, Long> medians = new java.util.LinkedHashMap<>();
        times.forEach((kind, list) -> medians.put(kind, list.stream().sorted().toList().get(list.size() / 2)));
        long unknown = medians.get("unknown");
        for (Map.Entry<String, Long> median : medians.entrySet()) {
            double ratio = (double) median.getValue() / unknown;
            assertTrue(ratio > 1 / 2.5 && ratio < 2.5, "median times in ns " + medians);
        }
    }

    /**
     * CSRF on the screens: a forged form post — without the view state, with a made-up one, or claiming a stateless
     * view (which Faces would otherwise run without any state: refused with 403) — changes nothing even with the
     * user's session cookie, nor does the genuine post sent from another site's page; the same post with the page's
     * real view state from the page itself does (so the forged one was complete in everything but the token).
     */
    @Test
    void aForgedFacesPostWithoutTheViewStateChangesNothing() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(NewsdeskDeployment.BASE.resolve("login.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String loggedIn = client.send(formPost("login.xhtml", "login=login&login%3Ausername=reporter&login%3Apassword="
                + encode(NewsdeskDeployment.DEMO_PASSWORD) + "&login%3Asubmit=&jakarta.faces.ViewState="
                + encode(viewState(login))), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(loggedIn.contains("currentUser"), "logged in");

        String headline = "Gefälscht " + UUID.randomUUID();
        String fields = "editor=editor&editor%3Aheadline=" + encode(headline) + "&editor%3Alanguage_input=de"
                + "&editor%3Abody_input=" + encode("<p>Text</p>") + "&editor%3Asave=editor%3Asave";
        for (String forged : List.of(fields, fields + "&jakarta.faces.ViewState=" + encode("-1234567890:987654321"),
                fields + "&jakarta.faces.ViewState=stateless")) {
            java.net.http.HttpResponse<String> answer = client.send(formPost("stories/edit.xhtml", forged),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(!answer.body().contains("at org.") && !answer.body().contains("Exception"),
                    "no stack trace: " + answer.statusCode() + " " + answer.body());
            assertEquals(0, storiesHeadlined(headline), "a forged post created nothing: " + forged);
        }
        String page = client.send(HttpRequest.newBuilder(NewsdeskDeployment.BASE.resolve("stories/edit.xhtml"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String genuine = fields + "&jakarta.faces.ViewState=" + encode(viewState(page));
        // even with the real view state, another site's page may not post it (the browser says where it came from)
        java.net.http.HttpResponse<String> crossSite = client.send(HttpRequest.newBuilder(
                        NewsdeskDeployment.BASE.resolve("stories/edit.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(genuine)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode());
        assertEquals(0, storiesHeadlined(headline), "a cross-site post created nothing");
        client.send(formPost("stories/edit.xhtml", genuine), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(1, storiesHeadlined(headline), "the same post with the page's own view state creates the story");
    }

    private static HttpRequest formPost(String path, String body) {
        return HttpRequest.newBuilder(NewsdeskDeployment.BASE.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String viewState(String page) {
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "a form with a view state");
        return state.group(1);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int storiesHeadlined(String headline) {
        Api.Reply found = Api.demo("editor").get("api/stories?size=50&q=" + encode(headline));
        assertEquals(200, found.status(), found.toString());
        return (int) found.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(story -> headline.equals(story.getString("headline"))).count();
    }
}
