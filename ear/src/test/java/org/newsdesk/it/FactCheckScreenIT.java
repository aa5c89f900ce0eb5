package org.newsdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fact-checker selects a sentence, marks it, rates it; an edit of the sentence flags the claim for re-check. */
@ExtendWith(ArquillianExtension.class)
class FactCheckScreenIT {

    private static final String SENTENCE = "Die Nato hat 30 Mitglieder.";

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot(test.getTestMethod().map(method -> method.getName()).orElse("factcheck"));
        browser.close();
    }

    private static String story(String headline, String body) {
        Api.Reply created = Api.demo("reporter").post("api/stories",
                "{\"headline\":\"" + headline + "\",\"language\":\"de\",\"bodyText\":\"" + body + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    /** Someone else saves revision 2 through the API while the checker has the screen open. */
    private static void saveAsReporter(String id, String headline, String body) {
        Api reporter = Api.demo("reporter");
        Api.Reply saved = reporter.send(reporter.request("api/stories/" + id).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + headline
                        + "\",\"language\":\"de\",\"bodyText\":\"" + body + "\"}", StandardCharsets.UTF_8)));
        assertEquals(200, saved.status(), saved.toString());
    }

    /** Picks a verdict in the rating form's menu (which starts empty for every claim). */
    private void openAsChecker(String id) {
        browser.login("checker", NewsdeskDeployment.DEMO_PASSWORD);
        browser.open("stories/factcheck.xhtml?id=" + id);
        browser.find(By.id("storyText"));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live"), "data-live", "open"));
    }

    @Test
    void aCheckerMarksAndRatesASentenceAndSeesTheFlagWhenItsWordingChanges() {
        String body = "Einleitung ohne Fakten.\\n\\n" + SENTENCE + " Das Treffen war kurz.";
        String id = story("Bündnis", body);
        openAsChecker(id);
        browser.script("var root = document.getElementById('storyText');"
                + "var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                + "var node; while ((node = walker.nextNode())) { var at = node.data.indexOf(arguments[0]);"
                + " if (at >= 0) { var range = document.createRange(); range.setStart(node, at);"
                + " range.setEnd(node, at + arguments[0].length); var s = window.getSelection();"
                + " s.removeAllRanges(); s.addRange(range); break; } }", SENTENCE);
        browser.type(By.id("fc:markNote"), "Zahl prüfen"); // typing the note must not lose the selection
        browser.click(By.id("fc:mark"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), SENTENCE));
        var claims = Api.demo("checker").send(Api.demo("checker").request("api/stories/" + id + "/claims").GET()).jsonArray();
        assertEquals(1, claims.size());
        assertEquals(SENTENCE, claims.getJsonObject(0).getString("quote"));
        assertEquals("Zahl prüfen", claims.getJsonObject(0).getString("note"));
        assertEquals("", browser.find(By.id("fc:markNote")).getAttribute("value"), "the note field is empty again");

        browser.click(By.cssSelector("#claimList .nd-claim-link"));
        browser.chooseVerdict("verified");
        browser.type(By.id("fc:rationale"), "Laut nato.int");
        browser.type(By.id("fc:sourceUrl"), "https://www.nato.int/");
        browser.click(By.id("fc:rate"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), "verified"));
        assertTrue(browser.find(By.cssSelector("#storyText .nd-v-verified")).isDisplayed(), "highlighted as verified");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live"), "data-live", "open"));

        saveAsReporter(id, "Bündnis", body.replace("30", "32"));
        // no reload: the change arrives as a live update
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), "modified"));
        assertTrue(browser.find(By.cssSelector("#claimList .nd-recheck-flag")).isDisplayed());
        assertTrue(browser.find(By.cssSelector("#storyText .nd-recheck")).getText().contains("32 Mitglieder"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedVerdict"), "modified"));
        assertTrue(browser.find(By.id("fc:selectedInfo")).getText().contains("32 Mitglieder"), "the selected claim too");

        String claimId = claims.getJsonObject(0).getString("id");
        assertEquals(201, Api.demo("editor").post("api/claims/" + claimId + "/comments",
                "{\"text\":\"Bitte neu prüfen: jetzt 32.\"}").status());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "jetzt 32"));

        browser.chooseVerdict("verified");
        browser.type(By.id("fc:rationale"), "Seit 2024 sind es 32.");
        browser.click(By.id("fc:rate"));
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ratings li"), 2));
        assertTrue(browser.find(By.cssSelector("#ratings li")).getText().contains("32 Mitglieder"),
                "the newest rating is about the new wording: " + browser.find(By.id("ratings")).getText());
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#claimList .nd-recheck-flag"), 0));
    }

    @Test
    void aCheckerMarksACheckWorthyPassageByKeyboardAndSeesItOrphanedWhenSomeoneDeletesIt() {
        String passage = "Seit 2002 gibt es den Nato-Russland-Rat.";
        String id = story("Rat", passage + "\\n\\nEin Satz ohne Befund.");
        openAsChecker(id);
        browser.click(By.cssSelector("#fc\\:hints .ui-toggleswitch-slider"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fc:hintList"), passage));
        assertTrue(browser.find(By.cssSelector("#storyText .nd-hint")).getText().contains("2002"), "hinted in the text");

        browser.find(By.cssSelector("#fc\\:hintList .nd-mark-hint")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), passage));
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#fc\\:hintList .nd-mark-hint"), 0));
        var claims = Api.demo("checker").get("api/stories/" + id + "/claims").jsonArray();
        assertEquals(1, claims.size());
        assertEquals(passage, claims.getJsonObject(0).getString("quote"));

        browser.type(By.id("fc:comment"), "Quelle?");
        browser.click(By.id("fc:addComment"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Quelle?"));
        browser.click(By.cssSelector("#comments .nd-reply"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fc:replying"), "Quelle?"));
        browser.type(By.id("fc:comment"), "Laut Archiv seit 2002.");
        browser.click(By.id("fc:addComment"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#comments li[data-depth='1']"), "Laut Archiv seit 2002."));
        var thread = Api.demo("checker").get("api/stories/" + id + "/claims").jsonArray().getJsonObject(0)
                .getJsonArray("comments");
        assertEquals(thread.getJsonObject(0).getString("id"), thread.getJsonObject(1).getString("parentId"),
                "the answer is threaded under the question");

        saveAsReporter(id, "Rat", "Ein Satz ohne Befund.");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("fc:orphaned"), passage));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedVerdict"), "orphaned"));
        assertTrue(browser.driver().findElements(By.cssSelector("#claimList .nd-claim-link")).isEmpty(),
                "an orphaned claim is listed apart, not among the claims in the text");
    }

    @Test
    void unknownStoriesAreNotFoundAndCheckersReadTheEditorWithoutASaveButton() {
        browser.login("checker", NewsdeskDeployment.DEMO_PASSWORD);
        browser.open("stories/factcheck.xhtml?id=00000000-0000-0000-0000-000000000000");
        browser.find(By.id("error404"));
        browser.open("stories/edit.xhtml?id=kein-beitrag");
        browser.find(By.id("error404"));

        String id = story("Nur lesen", SENTENCE);
        browser.open("stories/edit.xhtml?id=" + id);
        browser.find(By.id("editor:readOnly"));
        assertTrue(browser.driver().findElements(By.id("editor:save")).isEmpty(), "no save a checker cannot use");
    }

    /** Changes made while the connection was lost are not heard; the page reloads once it is back. */
    @Test
    void afterALostConnectionThePageReconnectsAndCatchesUp() {
        String id = story("Netz", SENTENCE);
        String claimId = Api.demo("checker").post("api/stories/" + id + "/claims", "{\"quote\":\"" + SENTENCE + "\"}")
                .json().getString("id");
        openAsChecker(id);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), "unchecked"));

        // the rating below comes while the socket is closed (it reconnects after a second), so it is not heard
        browser.script("Newsdesk.sockets.live.close();");
        assertEquals(200, Api.demo("checker").put("api/claims/" + claimId + "/verdict", "{\"verdict\":\"false\"}").status());

        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live"), "data-live", "open"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), "false"));

        browser.click(By.id("nav:langDe"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), "✘ falsch"));
        assertTrue(browser.find(By.id("claimList")).getText().contains("unverändert"), "anchor state in German");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "Änderungen anderer"));
        assertEquals("✘ falsch", browser.find(By.cssSelector(".nd-legend .nd-v-false")).getAttribute("data-label"));
    }

    @Test
    void liveUpdatesAreOnlyForLoggedInUsersAndKnownScreens() throws Exception {
        String id = Api.demo("reporter").post("api/stories",
                "{\"headline\":\"Live\",\"language\":\"de\",\"bodyText\":\"Text.\"}").json().getString("id");
        URI updates = URI.create("ws://localhost:8080/updates/factcheck/" + id);

        CompletionException refused = assertThrows(CompletionException.class,
                () -> HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(updates, new Closes()).join());
        assertInstanceOf(WebSocketHandshakeException.class, refused.getCause(), "no socket without a login");

        browser.login("checker", NewsdeskDeployment.DEMO_PASSWORD);
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Closes unknown = new Closes();
        HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie)
                .buildAsync(URI.create("ws://localhost:8080/updates/nothing/" + id), unknown).join();
        assertEquals(1008, unknown.code.get(10, TimeUnit.SECONDS), "an unknown screen is refused");

        CompletionException foreign = assertThrows(CompletionException.class, () -> HttpClient.newHttpClient()
                .newWebSocketBuilder().header("Cookie", cookie).header("Origin", "https://evil.example")
                .buildAsync(updates, new Closes()).join());
        assertInstanceOf(WebSocketHandshakeException.class, foreign.getCause(), "no socket for another site's page");
        Closes own = new Closes();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookie)
                .header("Origin", "http://localhost:8080").buildAsync(updates, own).join();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        assertEquals(WebSocket.NORMAL_CLOSURE, own.code.get(10, TimeUnit.SECONDS), "our own page may listen");
    }

    /** Remembers the close code a websocket was closed with. */
    private static final class Closes implements WebSocket.Listener {
        final CompletableFuture<Integer> code = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            code.complete(status);
            return null;
        }
    }
}
