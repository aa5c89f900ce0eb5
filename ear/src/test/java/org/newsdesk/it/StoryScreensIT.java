package org.newsdesk.it;

import jakarta.json.JsonObject;
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

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing, saving, comparing and restoring stories in the browser; the stale-save merge path; XSS as text. */
@ExtendWith(ArquillianExtension.class)
class StoryScreensIT {

    private Browser browser;
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = new Browser();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("story");
    }

    @AfterEach
    void closeBrowser() {
        browser.screenshot(testName);
        browser.close();
    }

    private static String createStory(String headline, String body) {
        Api.Reply created = Api.demo("reporter").post("api/stories", "{\"headline\":\"" + headline
                + "\",\"language\":\"de\",\"desk\":\"Politik\",\"bodyText\":\"" + body + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    private void saveAndWait(String expectedRevision) {
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"),
                expectedRevision));
    }

    @Test
    void aReporterWritesSavesComparesAndRestoresAStory() {
        String headline = "Bundestag berät " + UUID.randomUUID().toString().substring(0, 6);
        browser.login("reporter", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuStories"));
        browser.click(By.id("stories:new"));
        browser.type(By.id("editor:headline"), headline);
        browser.typeInEditor("editor:body", "Der Haushalt umfasst 30 Milliarden Euro.");
        browser.type(By.id("editor:note"), "Erste Fassung");
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.urlContains("id="));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"), "1"));
        String id = browser.driver().getCurrentUrl().replaceAll(".*id=([0-9a-f-]+).*", "$1");
        assertEquals("Der Haushalt umfasst 30 Milliarden Euro.",
                Api.demo("reporter").get("api/stories/" + id).json().getString("bodyText"));

        browser.typeInEditor("editor:body", Keys.END + " Das sind „deutlich mehr“ als 2025.");
        browser.type(By.id("editor:note"), "Vergleich ergänzt");
        saveAndWait("2");

        browser.click(By.id("editor:historyLink"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:revisions"),
                "Vergleich ergänzt"));
        String after = browser.find(By.cssSelector("#after")).getAttribute("innerHTML");
        assertTrue(after.contains("<ins class=\"nd-ins\">"), after);
        assertTrue(browser.find(By.id("history:hints")).getText().matches("(?s).*(quotation|Zitat).*"));

        browser.click(By.xpath("//tr[.//span[@class='nd-rev-number' and text()='1']]//button[contains(@id,'restore')]"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:revisions"),
                "Restored from revision 1"));
        JsonObject story = Api.demo("reporter").get("api/stories/" + id).json();
        assertEquals(3, story.getInt("revision"));
        assertEquals("Der Haushalt umfasst 30 Milliarden Euro.", story.getString("bodyText"));
    }

    @Test
    void aStaleSaveShowsTheOtherChangeAndCombinesBoth() {
        String id = createStory("Zwei Köche", "Erster Absatz.\\n\\nZweiter Absatz.");
        Browser other = new Browser();
        try {
            browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
            browser.open("stories/edit.xhtml?id=" + id);
            other.login("chief", NewsdeskDeployment.DEMO_PASSWORD);
            other.open("stories/edit.xhtml?id=" + id);

            other.type(By.id("editor:headline"), "Zwei Köche, ein Brei");
            other.click(By.id("editor:save"));
            other.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"), "2"));

            browser.typeInEditor("editor:body", Keys.END + " Mit Ergänzung.");
            browser.click(By.id("editor:save"));
            browser.find(By.id("editor:conflict"));
            assertTrue(browser.find(By.id("theirChange")).isDisplayed());
            assertEquals(2, Api.demo("editor").get("api/stories/" + id).json().getInt("revision"),
                    "nothing saved yet: no silent overwrite");

            browser.click(By.id("editor:takeMerged"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:conflict")));
            assertEquals("Zwei Köche, ein Brei", browser.find(By.id("editor:headline")).getAttribute("value"));
            saveAndWait("3");
            JsonObject merged = Api.demo("editor").get("api/stories/" + id).json();
            assertEquals("Zwei Köche, ein Brei", merged.getString("headline"));
            assertEquals("Erster Absatz.\n\nZweiter Absatz. Mit Ergänzung.", merged.getString("bodyText"));
        } finally {
            other.close();
        }
    }

    @Test
    void scriptInHeadlineAndBodyIsShownAsTextAndNeverRuns() {
        String payload = "<img src=x onerror=\"window.xssRan=1\"><script>window.xssRan=2</script>";
        Api.Reply created = Api.demo("reporter").post("api/stories", "{\"headline\":\"XSS "
                + payload.replace("\"", "\\\"") + "\",\"language\":\"de\",\"bodyHtml\":\"<p>Text "
                + payload.replace("\"", "\\\"") + "</p><svg onload=\\\"window.xssRan=3\\\"></svg>\"}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");

        browser.login("reporter", NewsdeskDeployment.DEMO_PASSWORD);
        browser.open("stories/edit.xhtml?id=" + id);
        assertEquals("XSS " + payload, browser.find(By.id("editor:headline")).getAttribute("value"));
        browser.open("stories/index.xhtml");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stories:table"), "XSS <img"));
        browser.open("stories/history.xhtml?id=" + id);
        browser.find(By.id("history:revisions"));

        browser.open("stories/edit.xhtml?id=" + id);
        browser.type(By.id("editor:headline"), "XSS im Editor " + payload);
        browser.typeInEditor("editor:body", Keys.END + " " + payload);
        saveAndWait("2");
        browser.open("stories/history.xhtml?id=" + id);
        browser.find(By.id("history:revisions"));
        assertNull(browser.script("return window.xssRan;"), "no injected script ran");
        String body = Api.demo("reporter").get("api/stories/" + id).json().getString("bodyHtml");
        assertFalse(body.contains("<script") || body.contains("<img") || body.contains("<svg"), body);
    }

    private static void saveRevision2AsReporter(String id, String headline, String body) {
        Api reporter = Api.demo("reporter");
        Api.Reply saved = reporter.send(reporter.request("api/stories/" + id).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"").PUT(HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + headline
                        + "\",\"language\":\"de\",\"bodyText\":\"" + body + "\"}", StandardCharsets.UTF_8)));
        assertEquals(200, saved.status(), saved.toString());
    }

    @Test
    void theHistoryShowsANewRevisionLive() {
        String id = createStory("Verlauf", "Erster Text.");
        browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
        browser.open("stories/history.xhtml?id=" + id);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live"), "data-live", "open"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#history\\:revisions_data .nd-rev-number")).size());

        saveRevision2AsReporter(id, "Verlauf", "Zweiter Text.");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#history\\:revisions_data .nd-rev-number"), 2));
        assertEquals("2", browser.find(By.cssSelector("#history\\:revisions_data .nd-rev-number")).getText(),
                "newest first");
    }

    @Test
    void anEditorHearsOfANewerRevisionWhileEditingAndCanLoadIt() {
        String id = createStory("Neuer Stand", "Erster Text.");
        browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
        browser.open("stories/edit.xhtml?id=" + id);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live"), "data-live", "open"));
        assertTrue(browser.driver().findElements(By.id("editor:newerText")).isEmpty());

        saveRevision2AsReporter(id, "Neuer Stand", "Zweiter Text.");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:newerText"), "reporter"));
        assertTrue(browser.find(By.id("editor:newerText")).getText().contains("2"));

        browser.click(By.id("editor:loadNewer"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"), "2"));
        assertTrue(browser.driver().findElements(By.id("editor:newerText")).isEmpty(), "the notice is gone");
        assertTrue(browser.find(By.cssSelector("#editor\\:body .ql-editor")).getText().contains("Zweiter Text."));

        browser.click(By.id("nav:langDe"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"), "Version 2"));
        assertEquals("Neuer Stand", browser.find(By.id("editor:headline")).getAttribute("value"),
                "switching the language keeps the story open");
    }

    @Test
    void othersSeeLiveWhoElseHasTheStoryOpen() {
        String id = createStory("Gemeinsam", "Text.");
        Browser other = new Browser();
        try {
            browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
            browser.open("stories/edit.xhtml?id=" + id);
            browser.find(By.id("editor:headline"));
            assertTrue(browser.driver().findElements(By.id("editor:othersEditing")).isEmpty());
            other.login("chief", NewsdeskDeployment.DEMO_PASSWORD);
            other.open("stories/edit.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:presence"), "chief"));
            other.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:presence"), "editor"));
        } finally {
            other.close();
        }
    }

    /**
     * Headless Chromium does not show "leave page?" dialogs to WebDriver, so this checks what makes the browser
     * ask: the page cancels the beforeunload event while it has unsaved changes, and no longer after saving.
     */
    @Test
    void leavingTheEditorWithUnsavedChangesAsksFirst() {
        String id = createStory("Ungespeichert", "Text.");
        browser.login("reporter", NewsdeskDeployment.DEMO_PASSWORD);
        browser.open("stories/edit.xhtml?id=" + id);
        String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented;";
        browser.find(By.id("editor:headline"));
        assertEquals(Boolean.FALSE, browser.script(leave), "nothing changed yet: leave freely");
        browser.type(By.id("editor:headline"), "Ungespeichert, aber geändert");
        assertEquals(Boolean.TRUE, browser.script(leave), "unsaved changes: the browser asks first");
        saveAndWait("2");
        Boolean leavesFreely = browser.waiting().until(d -> Boolean.FALSE.equals(browser.script(leave)) ? true : null);
        assertTrue(leavesFreely, "saved: leave freely again");
    }

    @Test
    void theStoryListFiltersSortsAndImportsPastedCopy() throws Exception {
        String word = "Sortierung" + UUID.randomUUID().toString().substring(0, 6);
        createStory("Beta " + word, "Text.");
        createStory("Alpha " + word, "Text.");
        createStory("Gamma " + word, "Text.");
        browser.login("reporter", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuStories"));
        browser.type(By.id("stories:q"), word);
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stories\\:table_data > tr"), 3));
        assertTrue(firstHeadline().startsWith("Gamma"), "newest change first: " + firstHeadline());
        browser.click(By.xpath("//th[contains(@class,'ui-sortable-column')][.//span[text()='Headline' or text()='Titel']]"));
        browser.waiting().until(d -> firstHeadline().startsWith("Alpha") ? true : null);

        String sample = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("newsdesk.samples"),
                "dlf-nato-russland-rat-2022-01-12.txt"));
        browser.click(By.id("stories:import"));
        browser.find(By.id("importForm:copy"));
        browser.script("document.getElementById('importForm:copy').value = arguments[0];", sample);
        browser.type(By.id("importForm:importDesk"), "Nachrichten");
        browser.click(By.id("importForm:doImport"));
        browser.waiting().until(ExpectedConditions.urlContains("edit.xhtml?id="));
        assertEquals("Stoltenberg bezeichnete das Treffen als \"sehr nützlich\"",
                browser.find(By.id("editor:headline")).getAttribute("value"));
        assertTrue(browser.find(By.id("editor:provisional")).isDisplayed(), "the proposed headline is flagged");
        assertEquals("Olivier Hoslet/Pool EPA/AP/dpa", browser.find(By.id("editor:credit")).getAttribute("value"));
    }

    private String firstHeadline() {
        return browser.driver().findElement(By.cssSelector("#stories\\:table_data > tr:first-child .nd-headline")).getText();
    }
}
