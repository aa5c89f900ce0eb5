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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit screens as an editor and an admin use them: find a story's approval in the log, open the story's
 * timeline from there, jump from a revision to its diff; verify the ledger; and who does not see the log.
 */
@ExtendWith(ArquillianExtension.class)
class AuditScreensIT {

    /** The kind filter's "revisions" button. */
    private static final By REVISIONS = By.xpath("//div[@id='timeline:kinds']/div[.//input[@value='REVISION']]");

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
        browser.screenshot(test.getTestMethod().map(method -> method.getName()).orElse("audit"));
        browser.close();
    }

    /** A story with two revisions (the second changes the headline), approved by the chief editor. */
    private static String approvedStoryWithTwoRevisions(String word) {
        String id = Stories.create("reporter", "Hochwasser an der Oder", null);
        Api.Reply saved = Stories.save(Api.demo("reporter"), id, Stories.json("Hochwasser an der " + word, null));
        assertEquals(200, saved.status(), saved.toString());
        Stories.ok("reporter", id, "submit");
        Stories.ok("checker", id, "complete-check");
        Stories.ok("chief", id, "approve");
        return id;
    }

    @Test
    void anEditorFindsTheApprovalOpensTheTimelineAndJumpsToTheDiff() {
        String word = "Neiße" + UUID.randomUUID().toString().substring(0, 4);
        String id = approvedStoryWithTwoRevisions(word);
        browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuAudit"));
        browser.find(By.id("audit:events"));

        browser.type(By.id("audit:story"), id);
        browser.script("PF('actionMenu').selectValue('workflow.approve')");
        browser.click(By.id("audit:search"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("#audit\\:events .nd-action")).size() == 1
                && "workflow.approve".equals(d.findElement(By.cssSelector("#audit\\:events .nd-action"))
                .getAttribute("title")));
        assertTrue(browser.find(By.id("audit:events")).getText().contains("chief"), "the chief editor approved");

        browser.click(By.cssSelector("#audit\\:events button[id$=':show']"));
        assertTrue(browser.find(By.id("detailAction")).getText().contains("workflow.approve"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("detailDialog"), "EDITOR_REVIEW"));
        browser.click(By.cssSelector("#detailDialog .ui-dialog-titlebar-close"));

        browser.click(By.cssSelector("#audit\\:events a.nd-timeline-link"));
        browser.find(By.cssSelector("ol.nd-timeline"));
        List<String> actions = browser.driver().findElements(By.cssSelector("li.nd-timeline-entry")).stream()
                .map(li -> li.getAttribute("data-action")).toList();
        assertEquals(List.of("story.created", "story.saved", "workflow.submit", "workflow.complete-check",
                "workflow.approve"), actions, "oldest first, everything that happened to the story");

        // only the approvals: the revisions leave the list
        browser.click(REVISIONS);
        browser.waiting().until(d -> d.findElements(By.cssSelector("li[data-action='story.saved']")).isEmpty());
        assertFalse(browser.driver().findElements(By.cssSelector("li[data-action='workflow.approve']")).isEmpty());
        browser.click(REVISIONS);

        WebElement saved = browser.find(By.cssSelector("li[data-action='story.saved']"));
        assertTrue(saved.getText().contains("2"), saved.getText());
        browser.click(By.cssSelector("li[data-action='story.saved'] a.nd-diff-link"));
        browser.find(By.id("history:comparison"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:comparison"),
                word));
        assertTrue(browser.driver().getCurrentUrl().contains("to=2"), browser.driver().getCurrentUrl());
    }

    @Test
    void anAdminVerifiesTheLedgerOnItsScreen() {
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuLedger"));
        browser.click(By.id("ledger:verify"));
        browser.find(By.id("ledger:intact"));
        long events = Long.parseLong(browser.find(By.id("events")).getText().strip());
        assertTrue(events > 10, "every event was checked: " + events);
        assertEquals(64, browser.find(By.id("head")).getText().strip().length());
    }

    @Test
    void reportersAndFactCheckersHaveNoAuditLog() {
        browser.login("checker", NewsdeskDeployment.DEMO_PASSWORD);
        browser.find(By.id("currentUser"));
        assertTrue(browser.driver().findElements(By.id("nav:menuAudit")).isEmpty());
        browser.open("audit/index.xhtml");
        assertTrue(browser.driver().findElements(By.id("audit:events")).isEmpty(), "refused: " + browser.text());
        browser.open("audit/export.csv");
        assertFalse(browser.text().contains("seq,at,actor"), "no export either");
    }

    @Test
    void anAdminSeesTheEarlierRolesOfAnAccount() {
        String name = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.demo("admin").post("api/users", "{\"username\":\"" + name
                + "\",\"password\":\"ein langes Passwort\",\"roles\":[\"REPORTER\"]}");
        assertEquals(201, created.status(), created.toString());
        Api.Reply changed = Api.demo("admin").put("api/users/" + name + "/roles", "{\"roles\":[\"EDITOR\"]}");
        assertEquals(200, changed.status(), changed.toString());

        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuAccounts"));
        browser.type(By.id("accounts:table:globalFilter"), name);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#accounts\\:table .nd-username")).size() == 1);
        browser.click(By.cssSelector("#accounts\\:table button[id$=':history']"));
        WebElement change = browser.find(By.cssSelector("#accountHistory li[data-action='account.roles-changed']"));
        assertTrue(change.getText().contains("REPORTER") && change.getText().contains("EDITOR"), change.getText());
        assertTrue(change.getText().contains("admin"), "who changed them");
        List<String> actions = browser.driver().findElements(By.cssSelector("#accountHistory li")).stream()
                .map(li -> li.getAttribute("data-action")).toList();
        assertEquals(List.of("account.roles-changed", "account.created"), actions, "newest first");
    }
}
