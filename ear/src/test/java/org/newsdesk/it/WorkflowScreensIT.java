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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow on the screens: the sample's whole life, My desk, the board and the notifications people see. */
@ExtendWith(ArquillianExtension.class)
class WorkflowScreensIT {

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
        browser.screenshot(test.getTestMethod().map(method -> method.getName()).orElse("workflow"));
        browser.close();
    }

    private void loginAs(String user) {
        if (!browser.driver().findElements(By.id("nav:logout")).isEmpty()) {
            browser.logout();
        }
        browser.login(user, NewsdeskDeployment.DEMO_PASSWORD);
    }

    /** Takes a workflow action in the open editor: its button, the dialog (with a comment), and the reload. */
    private void act(String action, String comment) {
        browser.click(By.cssSelector(".nd-action-" + action));
        browser.find(By.id("workflowDialogForm:comment"));
        if (comment != null) {
            browser.type(By.id("workflowDialogForm:comment"), comment);
        }
        browser.click(By.id("workflowDialogForm:confirm"));
    }

    private void awaitState(String label) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stateBadge"), label));
    }

    private void openStory(String id) {
        browser.open("stories/edit.xhtml?id=" + id);
        browser.find(By.id("stateBadge"));
    }

    /** The notification centre lists one with these words. */
    private void seesNotification(String... words) {
        browser.click(By.id("nav:menuNotifications"));
        browser.waiting().until(d -> {
            String table = d.findElement(By.id("notifications:table")).getText();
            for (String word : words) {
                if (!table.contains(word)) {
                    return null;
                }
            }
            return true;
        });
    }

    /** Presses a card's button by keyboard; a live refresh of the board may replace the card meanwhile. */
    private void press(By card, String button) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(card).findElement(By.cssSelector(button)).sendKeys(Keys.ENTER);
            return true;
        });
    }

    @Test
    void theSampleGoesItsWholeWayFromImportToPublicationAtTheEmbargo() throws Exception {
        String headline = "Nato-Russland-Rat tagt " + UUID.randomUUID().toString().substring(0, 6);

        // the reporter imports the radio copy, confirms a headline and submits it
        loginAs("reporter");
        browser.click(By.id("nav:menuStories"));
        browser.click(By.id("stories:import"));
        browser.find(By.id("importForm:copy"));
        browser.script("document.getElementById('importForm:copy').value = arguments[0];", Files.readString(
                Path.of(System.getProperty("newsdesk.samples"), "dlf-nato-russland-rat-2022-01-12.txt")));
        browser.click(By.id("importForm:doImport"));
        browser.waiting().until(ExpectedConditions.urlContains("edit.xhtml?id="));
        String id = browser.driver().getCurrentUrl().replaceAll(".*id=([0-9a-f-]+).*", "$1");
        awaitState("Draft");
        browser.type(By.id("editor:headline"), headline);
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"), "2"));
        act("submit", null);
        awaitState("Fact-check");
        assertTrue(browser.find(By.id("workflowHistory:steps")).getText().contains("reporter"), "the history shows who submitted");

        // the fact-checker sees it in the queue, marks and rates a claim, and completes the check
        loginAs("checker");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("factCheckQueue"), headline));
        seesNotification(headline, "submitted by reporter");
        browser.open("stories/factcheck.xhtml?id=" + id);
        browser.click(By.cssSelector("#fc\\:hints .ui-toggleswitch-slider"));
        browser.find(By.cssSelector("#fc\\:hintList .nd-mark-hint")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claimList .nd-claim-link")));
        openStory(id);
        assertTrue(browser.find(By.id("refusals")).getText().contains("not rated yet"),
                "the check cannot be completed while a claim is unrated, and the screen says why");
        browser.open("stories/factcheck.xhtml?id=" + id);
        browser.click(By.cssSelector("#claimList .nd-claim-link"));
        browser.chooseVerdict("verified");
        browser.type(By.id("fc:rationale"), "Laut Deutschlandfunk");
        browser.click(By.id("fc:rate"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimList"), "verified"));
        openStory(id);
        act("complete-check", null);
        awaitState("Editor review");

        // the editor reviews it and sets the embargo: the next full minute at least 25 seconds ahead
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime embargo = ZonedDateTime.now(berlin).plusSeconds(85).truncatedTo(ChronoUnit.MINUTES);
        loginAs("editor");
        openStory(id);
        browser.type(By.id("editor:embargo_input"), DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(embargo));
        browser.find(By.id("editor:embargo_input")).sendKeys(Keys.ESCAPE);
        browser.click(By.id("editor:save"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:revision"), "3"));
        assertEquals(embargo.toInstant(), Instant.parse(Stories.get(id).getString("embargo")));

        // the chief editor approves and publishes: scheduled until the embargo, then published by the server
        loginAs("chief");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvalQueue"), headline));
        seesNotification(headline, "checked by checker");
        openStory(id);
        act("approve", null);
        awaitState("Approved");
        assertTrue(browser.find(By.id("approval")).getText().contains("revision 3"), browser.find(By.id("approval")).getText());
        act("publish", null);
        awaitState("Scheduled");
        assertTrue(Instant.now().isBefore(embargo.toInstant()), "scheduled before its embargo");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live"), "data-live", "open"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(150)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("stateBadge"), "Published"));
        assertFalse(Instant.now().isBefore(embargo.toInstant()), "not before the embargo");

        // and the reporter was told
        loginAs("reporter");
        seesNotification(headline, "chief approved");
        seesNotification(headline, "was published");
    }

    @Test
    void aCardMovesOnlyByAnActionTheUserMayTakeAndARefusedMoveSaysWhy() {
        String id = Stories.create("reporter", "Karte " + UUID.randomUUID().toString().substring(0, 6), null);
        loginAs("reporter");
        browser.click(By.id("nav:menuBoard"));
        By card = By.cssSelector("article[data-story='" + id + "']");
        browser.find(card);
        assertEquals("DRAFT", browser.find(card).findElement(By.xpath("./ancestor::section")).getAttribute("data-state"));

        // dropped on a column no action leads to: refused with the reason, the card stays
        browser.script("boardDrop([{name: 'story', value: arguments[0]}, {name: 'to', value: 'APPROVED'}]);", id);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("errors_container"),
                "No action leads from Draft to Approved"));
        assertEquals("DRAFT", browser.find(card).findElement(By.xpath("./ancestor::section")).getAttribute("data-state"));

        // dragged and dropped on fact-check (the browser's own drag events, through the handlers PrimeFaces binds
        // under the Content-Security-Policy): the reporter may submit it
        browser.script("var card = document.querySelector(\"article[data-story='\" + arguments[0] + \"']\");"
                + "var column = document.querySelector(\"section[data-state='FACT_CHECK']\");"
                + "var transfer = new DataTransfer();"
                + "card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: transfer}));"
                + "column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: transfer}));"
                + "column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: transfer}));",
                id);
        browser.find(By.id("boardDialogForm:confirm"));
        assertTrue(browser.find(By.id("pendingAction")).getText().contains("Submit for fact-check"));
        browser.click(By.id("boardDialogForm:confirm"));
        browser.waiting().until(d -> "FACT_CHECK".equals(d.findElement(card).findElement(By.xpath("./ancestor::section"))
                .getAttribute("data-state")) ? true : null);
        assertEquals("FACT_CHECK", Stories.get(id).getString("state"));

        // the checker's button, by keyboard: refused while a claim is unrated, and the card stays
        String claim = Api.demo("checker").post("api/stories/" + id + "/claims",
                "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}").json().getString("id");
        loginAs("checker");
        browser.click(By.id("nav:menuBoard"));
        press(card, ".nd-move-complete-check");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("errors_container"), "not rated yet"));
        assertEquals("FACT_CHECK", Stories.get(id).getString("state"));
        assertTrue(browser.find(card).findElements(By.cssSelector(".nd-move-approve")).isEmpty(),
                "no button for an action the checker may not take");
        assertEquals(200, Api.demo("checker").put("api/claims/" + claim + "/verdict", "{\"verdict\":\"verified\"}")
                .status());
        press(card, ".nd-move-complete-check");
        browser.click(By.id("boardDialogForm:confirm"));
        browser.waiting().until(d -> "EDITOR_REVIEW".equals(d.findElement(card).findElement(
                By.xpath("./ancestor::section")).getAttribute("data-state")) ? true : null);
        assertTrue(browser.find(card).getText().contains("verified"), "the card counts the claims by verdict");
    }

    @Test
    void myDeskShowsOverdueWorkFirstAndTheHeaderCountsNotificationsLive() {
        String checker = "pruefung-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, Api.demo("admin").post("api/users", "{\"username\":\"" + checker
                + "\",\"displayName\":\"Petra Prüferin\",\"password\":\"" + NewsdeskDeployment.DEMO_PASSWORD
                + "\",\"roles\":[\"FACT_CHECKER\"]}").status());
        // assigned before they are submitted: only the assigned checker hears of them (2 × assigned, 2 × submitted)
        String later = Stories.create("reporter", "Später fällig", null);
        String overdue = Stories.create("reporter", "Überfällig", null);
        assertEquals(200, Api.demo("editor").put("api/stories/" + later + "/assignees", "[{\"role\":\"FACT_CHECKER\","
                + "\"user\":\"" + checker + "\",\"deadline\":\"" + Instant.now().plusSeconds(7200) + "\"}]").status());
        assertEquals(200, Api.demo("editor").put("api/stories/" + overdue + "/assignees", "[{\"role\":\"FACT_CHECKER\","
                + "\"user\":\"" + checker + "\",\"deadline\":\"" + Instant.now().minusSeconds(3600)
                + "\",\"priority\":\"urgent\"}]").status());
        Stories.ok("reporter", later, "submit");
        Stories.ok("reporter", overdue, "submit");

        loginAs(checker);
        String queue = browser.find(By.id("factCheckQueue")).getText();
        assertTrue(queue.indexOf("Überfällig") < queue.indexOf("Später fällig"), "overdue first: " + queue);
        assertTrue(queue.contains("overdue"), queue);
        assertTrue(browser.find(By.id("nav:menuNotifications")).getText().contains("(4)"),
                browser.find(By.id("nav:menuNotifications")).getText());
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("inboxLive"), "data-live", "open"));

        String third = Stories.inState("DRAFT", "Dritte Zuweisung");
        assertEquals(200, Api.demo("editor").put("api/stories/" + third + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"" + checker + "\"}]").status());
        // no reload: the header hears of it
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:menuNotifications"), "(5)"));

        browser.click(By.id("nav:menuNotifications"));
        browser.click(By.cssSelector("#notifications\\:table .nd-mark-read"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:menuNotifications"), "(4)"));
        browser.click(By.id("nav:langDe"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications:table"),
                "hat Ihnen"));
    }
}
