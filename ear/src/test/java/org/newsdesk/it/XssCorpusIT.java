package org.newsdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XSS corpus ({@code ejb/src/test/resources/xss/payloads.txt}, 205 payloads in nine classes: elements and
 * handlers, attribute breaking, URLs, SVG/MathML, mutation XSS, polyglots, Unicode tricks, template and expression
 * injection, CSS and markup injection) through every text a user can enter — every story field, the rich text and
 * the plain text, change notes, claim notes, verdict rationales, source titles and links, comments, resolutions,
 * workflow comments, account display names, token names — and then every screen that shows them and every export,
 * in headless Chromium: no dialog opens, the Content-Security-Policy never had to refuse anything (it refuses inline
 * script, so a refusal means something was injected), and the page holds no element, attribute or URL that could
 * run script. The texts are shown exactly as stored (no template or EL evaluation).
 * <p>
 * The payloads are spread over ten stories: each long field holds all of its story's payloads; each short field as
 * many as fit, taken in a different order per field, and the headlines, display names and token names hold every
 * payload somewhere. Each payload alone through the sanitiser is {@code BodyParserTest}'s job.
 */
@ExtendWith(ArquillianExtension.class)
class XssCorpusIT {

    private static final int STORIES = 10;
    private static final String PASSWORD = "ein sehr geheimes Passwort";

    /** Whatever could run script, found in the live DOM (a list of findings; empty when clean). */
    private static final String SCAN = """
            var bad = [];
            var urlAttributes = /^(href|src|action|formaction|xlink:href|data|srcdoc|background|poster|content|to|values|from|by)$/;
            document.querySelectorAll('*').forEach(function (el) {
              var tag = el.tagName.toLowerCase();
              for (var i = 0; i < el.attributes.length; i++) {
                var name = el.attributes[i].name.toLowerCase();
                var value = el.attributes[i].value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.indexOf('on') === 0) { bad.push(tag + '[' + name + '=' + el.attributes[i].value + ']'); }
                if (urlAttributes.test(name) && /^(javascript|vbscript|data:text\\/html)/.test(value)) {
                  bad.push(tag + '[' + name + '=' + value + ']');
                }
                if (name === 'srcdoc' || name === 'formaction' || name === 'xlink:href') { bad.push(tag + '[' + name + ']'); }
              }
              if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'math', 'portal'].indexOf(tag) >= 0) {
                bad.push(tag);
              }
              if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') { bad.push('meta refresh'); }
              if (tag === 'script' && !el.nonce && !(el.src && el.src.indexOf(location.origin + '/') === 0)) {
                bad.push('script ' + (el.src || el.textContent.substring(0, 80)));
              }
              if (tag === 'style' && !el.nonce && el.closest('body')) { bad.push('style ' + el.textContent.substring(0, 80)); }
              if (tag === 'link' && (el.rel || '').toLowerCase() === 'stylesheet' && el.href.indexOf(location.origin + '/') !== 0) {
                bad.push('link ' + el.href);
              }
            });
            return bad;
            """;

    private static final List<String> PAYLOADS = payloads();

    private Browser browser;
    private final List<String> findings = new ArrayList<>();
    private int pages;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static List<String> payloads() {
        try {
            Path file = Path.of(System.getProperty("newsdesk.xss", "../ejb/src/test/resources/xss/payloads.txt"));
            // split on \n only: two payloads hold U+2028/U+2029, and some hold tabs (no trimming)
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("## ")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noPayloadRunsOrInjectsAnythingOnAnyScreenOrInAnyExport() throws Exception {
        assertTrue(PAYLOADS.size() >= 80, "payloads: " + PAYLOADS.size());
        Tokens tokens = new Tokens();
        List<String> stories = new ArrayList<>();
        for (int k = 0; k < STORIES; k++) {
            stories.add(story(tokens, k, chunk(k)));
        }
        headlineStories(tokens);
        String owner = accounts(tokens);
        // the owner works on a payload story: their desk and notifications show its headline
        assertEquals(200, tokens.editor.put("api/stories/" + stories.get(1) + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"" + owner + "\",\"priority\":\"high\"}]").status());

        browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
        for (String page : List.of("index.xhtml", "stories/index.xhtml", "stories/board.xhtml", "notifications.xhtml",
                "audit/index.xhtml")) {
            visit(page);
        }
        for (String id : stories) {
            JsonObject stored = tokens.editor.get("api/stories/" + id).json();
            visit("stories/edit.xhtml?id=" + id);
            if (browser.driver().findElements(By.id("editor:headline")).size() == 1) {
                assertEquals(stored.getString("headline"), browser.find(By.id("editor:headline")).getAttribute("value"),
                        "the headline is shown as stored: nothing evaluated, nothing lost");
            }
            visit("stories/history.xhtml?id=" + id);
            visit("stories/timeline.xhtml?id=" + id);
            visit("stories/factcheck.xhtml?id=" + id);
            assertEquals(stored.getString("bodyText").replaceAll("\\s+", ""),
                    ((String) browser.script("return document.getElementById('storyText').textContent;"))
                            .replaceAll("\\s+", ""), "the fact-check text is the story's text, as text");
            int claims = browser.driver().findElements(By.cssSelector("#claimList .nd-claim-link")).size();
            assertTrue(claims >= 2, "claims listed: " + claims);
            for (int c = 1; c <= claims; c++) {
                By link = By.cssSelector("#claimList li:nth-child(" + c + ") .nd-claim-link");
                String quote = browser.find(link).getText();
                browser.click(link);
                browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector("#fc\\:selectedInfo blockquote")).stream()
                                .anyMatch(q -> q.getText().equals(quote)));
                check("factcheck claim " + c + " of " + id);
            }
        }
        browser.logout();
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        visit("admin/accounts.xhtml");
        visit("admin/ledger.xhtml");
        visit("audit/index.xhtml");
        browser.logout();
        browser.login(owner, PASSWORD);
        tokenNames(owner);
        visit("index.xhtml");
        visit("notifications.xhtml");

        // the exports, opened in the same browser as a reader would (API calls with a token header)
        if (browser.driver() instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", "Bearer " + tokens.editorToken)));
            for (String id : stories) {
                for (String export : List.of("ninjs", "annotations", "claimreview", "timeline")) {
                    visit("api/stories/" + id + "/" + export);
                }
            }
            visit("api/published?size=50");
            visit("api/audit?size=200");
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        }
        visit("feeds/published.atom");
        assertExportsAreWellFormed(tokens, stories);

        assertTrue(pages >= 60, "pages checked: " + pages);
        assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
    }

    /**
     * Every payload of up to 100 characters as the name of a personal token, shown on "My account": in rounds of
     * 19 (an account holds at most 20 active tokens; the 20th is the one these calls use).
     */
    private void tokenNames(String owner) {
        Api.Reply own = Api.as(owner, PASSWORD).post("api/me/tokens", "{\"name\":\"Eigener\",\"expiresInDays\":1}");
        assertEquals(201, own.status(), own.toString());
        Api bearer = Api.withAuthorization("Bearer " + own.json().getString("token"));
        List<String> names = PAYLOADS.stream().filter(p -> p.strip().length() <= 100 && !p.isBlank()).toList();
        for (int from = 0; from < names.size(); from += 19) {
            List<String> ids = new ArrayList<>();
            for (String name : names.subList(from, Math.min(names.size(), from + 19))) {
                Api.Reply named = bearer.post("api/me/tokens", Json.createObjectBuilder().add("name", name)
                        .add("expiresInDays", 1).build().toString());
                assertEquals(201, named.status(), named.toString());
                ids.add(named.json().getString("id"));
            }
            visit("account/index.xhtml");
            for (String id : ids) {
                assertEquals(204, bearer.send(bearer.request("api/me/tokens/" + id).DELETE()).status());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the checks

    private void visit(String path) {
        browser.open(path);
        check(path);
    }

    private void check(String where) {
        pages++;
        try {
            String text = browser.driver().switchTo().alert().getText();
            browser.driver().switchTo().alert().dismiss();
            findings.add(where + ": a dialog opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog
        }
        for (String refused : browser.policyViolations()) {
            findings.add(where + ": the policy had to refuse: " + refused);
        }
        if (!browser.isHtmlUnit()) {
            @SuppressWarnings("unchecked")
            List<Object> bad = (List<Object>) browser.script(SCAN);
            for (Object finding : bad) {
                findings.add(where + ": " + finding);
            }
        }
    }

    /** The JSON exports parse, the JSON-LD ones hide every '<' (they may be put into a page's script element). */
    private static void assertExportsAreWellFormed(Tokens tokens, List<String> stories) throws Exception {
        for (int k = 0; k < stories.size(); k++) {
            String id = stories.get(k);
            for (String export : List.of("ninjs", "annotations", "claimreview")) {
                Api.Reply reply = tokens.editor.get("api/stories/" + id + "/" + export);
                if (export.equals("ninjs") && k % 2 == 1) {
                    assertEquals(409, reply.status(), "only published stories are delivered: " + reply);
                    continue;
                }
                assertEquals(200, reply.status(), export + " " + reply);
                try (var reader = Json.createReader(new StringReader(reply.body()))) {
                    reader.read();
                }
                if (!export.equals("ninjs")) {
                    assertTrue(!reply.body().contains("<"), export + " of " + id + " hides '<'");
                }
            }
        }
        Api.Reply feed = Api.anonymous().get("feeds/published.atom");
        assertEquals(200, feed.status());
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(feed.body())));
        var elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            String name = elements.item(i).getLocalName();
            assertTrue(List.of("feed", "id", "title", "updated", "link", "author", "name", "entry", "summary",
                    "published", "category", "content", "subtitle", "generator", "rights").contains(name),
                    "the feed holds only Atom elements: " + name);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the test data

    /** API access by token (no password hashing per call), for the demo users the data needs. */
    private static final class Tokens {
        final String editorToken = token("editor");
        final Api editor = bearer(editorToken);
        final Api reporter = bearer(token("reporter"));
        final Api checker = bearer(token("checker"));
        final Api chief = bearer(token("chief"));
        final Api admin = bearer(token("admin"));

        private static String token(String user) {
            Api.Reply reply = Api.demo(user).post("api/me/tokens", "{\"name\":\"XSS-Korpus\",\"expiresInDays\":1}");
            assertEquals(201, reply.status(), reply.toString());
            return reply.json().getString("token");
        }

        private static Api bearer(String token) {
            return Api.withAuthorization("Bearer " + token);
        }
    }

    private static List<String> chunk(int k) {
        List<String> chunk = new ArrayList<>();
        for (int i = k; i < PAYLOADS.size(); i += STORIES) {
            chunk.add(PAYLOADS.get(i));
        }
        return chunk;
    }

    /** As many of the payloads as fit into {@code limit} characters, starting at {@code from}, joined by a space. */
    private static String pack(List<String> payloads, int from, int limit) {
        StringBuilder packed = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            String next = payloads.get((from + i) % payloads.size());
            if (packed.length() + next.length() + 1 <= limit) {
                packed.append(packed.length() == 0 ? "" : " ").append(next);
            }
        }
        return packed.length() == 0 ? "XSS" : packed.toString();
    }

    private static JsonObjectBuilder fields(List<String> chunk, int revision) {
        JsonArrayBuilder tags = Json.createArrayBuilder();
        chunk.stream().filter(p -> p.strip().length() <= 100 && !p.isBlank()).limit(50).forEach(tags::add);
        return Json.createObjectBuilder()
                .add("headline", pack(chunk, revision, 300))
                .add("kicker", pack(chunk, 1 + revision, 200))
                .add("teaser", pack(chunk, 2 + revision, 2000))
                .add("byline", pack(chunk, 3 + revision, 200))
                .add("desk", pack(chunk, 4 + revision, 100))
                .add("caption", pack(chunk, 5 + revision, 2000))
                .add("credit", pack(chunk, 6 + revision, 300))
                .add("sourceNote", pack(chunk, 7 + revision, 1000))
                .add("language", "de")
                .add("tags", tags)
                .add("note", pack(chunk, 8 + revision, 500));
    }

    /**
     * A story whose every field holds payloads: revision 1 with the payloads as rich text, revision 2 with them as
     * plain text (so the canonical text, the diff, the claims and the hints hold them literally); claims on its
     * paragraphs with payload notes, verdicts with payload rationales and source titles, comments, a resolution;
     * a workflow comment and an assignment; even stories are published (for the feed and the publication API).
     */
    private static String story(Tokens tokens, int k, List<String> chunk) {
        String html = String.join("", chunk.stream().map(p -> "<p>" + p + "</p>" + p).toList());
        Api.Reply created = tokens.reporter.post("api/stories",
                fields(chunk, 0).add("bodyHtml", html).build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        String text = String.join("\n\n", chunk.stream().map(p -> "Absatz: " + p).toList());
        Api.Reply saved = tokens.reporter.send(tokens.reporter.request("api/stories/" + id)
                .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        fields(chunk, 1).add("bodyText", text).build().toString(), StandardCharsets.UTF_8)));
        assertEquals(200, saved.status(), saved.toString());
        String canonical = saved.json().getString("bodyText");

        List<String> paragraphs = List.of(canonical.split("\n\n"));
        List<String> claims = new ArrayList<>();
        for (int p = 0; p < paragraphs.size() && claims.size() < 3; p++) {
            if (paragraphs.indexOf(paragraphs.get(p)) != p) {
                continue;
            }
            Api.Reply marked = tokens.checker.post("api/stories/" + id + "/claims", Json.createObjectBuilder()
                    .add("quote", paragraphs.get(p)).add("note", pack(chunk, p, 1000)).build().toString());
            if (marked.status() == 201) {
                claims.add(marked.json().getString("id"));
            }
        }
        assertTrue(claims.size() >= 2, "claims on " + id);
        for (int c = 0; c < claims.size(); c++) {
            JsonArrayBuilder sources = Json.createArrayBuilder();
            for (String payload : chunk.subList(0, Math.min(chunk.size(), 20))) {
                sources.add(Json.createObjectBuilder().add("title", payload)
                        .add("url", "https://example.org/?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)));
            }
            String verdict = c == 0 ? "false" : "verified";
            Api.Reply rated = tokens.checker.put("api/claims/" + claims.get(c) + "/verdict", Json.createObjectBuilder()
                    .add("verdict", verdict).add("rationale", String.join("\n", chunk)).add("sources", sources)
                    .build().toString());
            assertEquals(200, rated.status(), rated.toString());
            for (String payload : chunk) {
                Api.Reply comment = tokens.reporter.post("api/claims/" + claims.get(c) + "/comments",
                        Json.createObjectBuilder().add("text", payload).build().toString());
                assertEquals(201, comment.status(), comment.toString());
            }
        }
        assertEquals(200, tokens.editor.post("api/claims/" + claims.get(0) + "/resolution",
                Json.createObjectBuilder().add("text", pack(chunk, 3, 4000)).build().toString()).status());
        assertEquals(200, tokens.editor.put("api/stories/" + id + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"checker\",\"priority\":\"high\"}]").status());
        assertEquals(200, tokens.reporter.post("api/stories/" + id + "/workflow/submit",
                Json.createObjectBuilder().add("comment", pack(chunk, 2, 4000)).build().toString()).status());
        if (k % 2 == 0) {
            for (Object[] step : new Object[][] {{tokens.checker, "complete-check"}, {tokens.chief, "approve"},
                {tokens.editor, "publish"}}) {
                Api.Reply moved = ((Api) step[0]).post("api/stories/" + id + "/workflow/" + step[1],
                        Json.createObjectBuilder().add("comment", pack(chunk, 4, 4000)).build().toString());
                assertEquals(200, moved.status(), step[1] + " " + moved);
            }
        } else {
            assertEquals(200, tokens.checker.post("api/stories/" + id + "/workflow/return",
                    Json.createObjectBuilder().add("comment", pack(chunk, 5, 4000)).build().toString()).status());
        }
        return id;
    }

    /** Every payload as (part of) a headline, for the lists and the board. */
    private static void headlineStories(Tokens tokens) {
        int from = 0;
        while (from < PAYLOADS.size()) {
            List<String> rest = PAYLOADS.subList(from, PAYLOADS.size());
            StringBuilder packed = new StringBuilder(rest.get(0));
            int used = 1;
            while (used < rest.size() && packed.length() + rest.get(used).length() + 1 <= 300) {
                packed.append(' ').append(rest.get(used++));
            }
            Api.Reply created = tokens.reporter.post("api/stories", Json.createObjectBuilder()
                    .add("headline", packed.toString()).add("language", "de").add("desk", "XSS")
                    .add("bodyText", "Text.").build().toString());
            assertEquals(201, created.status(), created.toString());
            from += used;
        }
    }

    /**
     * Accounts whose display names hold every payload of up to 200 characters (packed), and the owner of tokens named
     * with every payload of up to 100 characters; answers the owner's user name.
     */
    private static String accounts(Tokens tokens) {
        String owner = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> names = new ArrayList<>();
        StringBuilder packed = new StringBuilder();
        for (String payload : PAYLOADS) {
            if (payload.length() > 200) {
                continue; // longer than any display name may be (refused with 422, see BadInputIT)
            }
            if (packed.length() + payload.length() + 1 > 200) {
                names.add(packed.toString());
                packed.setLength(0);
            }
            packed.append(packed.length() == 0 ? "" : " ").append(payload);
        }
        names.add(packed.toString());
        for (int i = 0; i < names.size(); i++) {
            String name = i == 0 ? owner : "xss-" + UUID.randomUUID().toString().substring(0, 8);
            Api.Reply created = tokens.admin.post("api/users", Json.createObjectBuilder().add("username", name)
                    .add("displayName", names.get(i)).add("password", PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("FACT_CHECKER")).build().toString());
            assertEquals(201, created.status(), created.toString());
        }
        return owner;
    }
}
