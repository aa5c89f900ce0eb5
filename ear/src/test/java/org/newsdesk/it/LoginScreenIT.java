package org.newsdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Login, lock-out, menus by role and account administration, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class LoginScreenIT {

    private static final String PASSWORD = "Passwort für Tests 123";
    private static final String WRONG = "Benutzername oder Passwort ist falsch|Wrong user name or password";

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
    void closeBrowser() {
        browser.close();
    }

    private static String createUser(String role) {
        String name = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = Api.demo("admin").post("api/users", "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, reply.status(), reply.toString());
        return name;
    }

    private boolean refused() {
        return browser.find(By.id("login:messages")).getText().matches("(?s).*(" + WRONG + ").*");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneLetsYouIn() {
        browser.login("reporter", "falsches Passwort!");
        assertTrue(refused());
        browser.login("reporter", NewsdeskDeployment.DEMO_PASSWORD);
        assertTrue(browser.find(By.id("currentUser")).getText().contains("reporter"));
        assertTrue(browser.find(By.id("roles")).getText().contains("Reporter"));
    }

    @Test
    void loggingInChangesTheSessionIdAndLoggingOutEndsTheSession() {
        browser.open("login.xhtml");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
        browser.find(By.id("currentUser"));
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertFalse(before.equals(after), "a new session id after login (no session fixation)");
        browser.logout();
        browser.open("index.xhtml");
        assertTrue(browser.find(By.id("login:username")).isDisplayed(), "after logout the screens need a login again");
    }

    @Test
    void loginsAndFailedLoginsAreAudited() {
        String name = createUser("EDITOR");
        browser.login(name, "not my password");
        assertTrue(refused());
        browser.login(name, PASSWORD);
        browser.find(By.id("currentUser"));
        var events = Api.demo("admin").get("api/audit?actor=" + name).json().getJsonArray("items");
        assertEquals(2, events.size(), events.toString());
        assertEquals("account.login", events.getJsonObject(0).getString("action"));
        assertEquals("account.login-failed", events.getJsonObject(1).getString("action"));
        assertEquals("ui", events.getJsonObject(1).getJsonObject("details").getString("channel"));
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        String name = createUser("REPORTER");
        assertEquals(200, Api.demo("admin").post("api/users/" + name + "/disable", "").status());
        browser.login(name, PASSWORD);
        assertTrue(refused());
    }

    @Test
    void afterFiveFailuresTheAccountIsLockedAndAnsweredLikeAWrongPassword() {
        String name = createUser("REPORTER");
        for (int i = 0; i < 5; i++) {
            browser.login(name, "wrong password " + i);
            assertTrue(refused(), "attempt " + i);
        }
        browser.login(name, PASSWORD);
        assertTrue(refused(), "locked: the right password is refused like a wrong one");
        assertEquals(401, Api.as(name, PASSWORD).get("api/audit").status());
        Api.Reply locked = Api.demo("admin").get("api/users/" + name);
        assertTrue(locked.json().getBoolean("locked"), locked.toString());
        String reasons = Api.demo("admin").get("api/audit?actor=" + name + "&action=account.login-failed").json()
                .getJsonArray("items").toString();
        assertTrue(reasons.contains("\"reason\":\"locked\"") && reasons.contains("lockedUntil"), reasons);
    }

    @Test
    void theMenuDependsOnTheRole() {
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        assertTrue(browser.find(By.id("nav:menuAccounts")).isDisplayed());
        browser.logout();

        browser.login("reporter", NewsdeskDeployment.DEMO_PASSWORD);
        browser.find(By.id("currentUser"));
        assertTrue(browser.driver().findElements(By.id("nav:menuAccounts")).isEmpty());
        browser.open("admin/accounts.xhtml");
        assertFalse(browser.driver().findElements(By.id("error403")).isEmpty(),
                "a reporter gets the 403 page: " + browser.text());
    }

    @Test
    void anAdminCreatesAnAccountInTheScreenThatCanThenLogIn() {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 8);
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuAccounts"));
        browser.find(By.id("accounts:table"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.noReload = true;");
        browser.click(By.id("accounts:new"));
        browser.type(By.id("createForm:newUsername"), name);
        browser.type(By.id("createForm:newDisplayName"), "Özlem Weiß");
        browser.type(By.id("createForm:newPassword"), PASSWORD);
        browser.click(By.xpath("//*[@id='createForm:newRoles']//label[text()='Editor' or text()='Redakteur:in']"));
        browser.click(By.id("createForm:create"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), name));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return window.noReload;"),
                "saved through ajax, without a page reload");
        assertTrue(browser.find(By.id("growl_container")).getText().contains(name));
        browser.logout();

        browser.login(name, PASSWORD);
        assertTrue(browser.find(By.id("currentUser")).getText().contains(name));
        assertTrue(browser.find(By.id("roles")).getText().contains("Editor"));
    }

    @Test
    void anAdminChangesRolesAndDisablesAnAccountInTheScreen() {
        String name = createUser("REPORTER");
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuAccounts"));
        browser.type(By.id("accounts:table:globalFilter"), name);
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#accounts\\:table_data > tr"), 1));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), name));

        browser.click(By.id("accounts:table:0:editRoles"));
        By reporter = By.xpath("//*[@id='rolesForm:roles']//label[text()='Reporter' or text()='Reporter:in']");
        browser.click(reporter);
        browser.click(By.id("rolesForm:saveRoles"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rolesForm:rolesMessages"),
                "Choose at least one role."));
        browser.click(reporter);
        browser.click(By.xpath("//*[@id='rolesForm:roles']//label[text()='Fact-checker' or text()='Faktenprüfer:in']"));
        browser.click(By.id("rolesForm:saveRoles"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("rolesDialog")));
        browser.waiting().until(d -> Api.demo("admin").get("api/users/" + name).json().getJsonArray("roles").size() == 2);

        browser.click(By.id("accounts:table:0:disable"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waiting().until(d -> !Api.demo("admin").get("api/users/" + name).json().getBoolean("enabled"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"),
                "disabled"));
        assertEquals(401, Api.as(name, PASSWORD).get("api/audit").status());
    }

    @Test
    void aTooShortPasswordKeepsTheDialogOpenWithAMessageAndCreatesNothing() {
        String name = "short-" + UUID.randomUUID().toString().substring(0, 8);
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuAccounts"));
        browser.click(By.id("accounts:new"));
        browser.type(By.id("createForm:newUsername"), name);
        browser.type(By.id("createForm:newPassword"), "kurz");
        browser.click(By.xpath("//*[@id='createForm:newRoles']//label[text()='Reporter' or text()='Reporter:in']"));
        browser.click(By.id("createForm:create"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("createForm:createMessages"),
                "12"));
        assertTrue(browser.find(By.id("createDialog")).isDisplayed());
        assertEquals(404, Api.demo("admin").get("api/users/" + name).status());
    }

    @Test
    void theLanguageCanBeSwitchedToGerman() {
        browser.login("editor", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:langDe"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:logout"), "Abmelden"));
        assertTrue(browser.text().contains("Mein Schreibtisch"), "My desk, the home page, in German");
        browser.click(By.id("nav:langEn"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:logout"), "Log out"));
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessions() {
        String name = createUser("REPORTER");
        browser.login(name, PASSWORD);
        browser.find(By.id("currentUser"));
        try (Browser second = new Browser()) {
            second.login(name, PASSWORD);
            second.find(By.id("currentUser"));
            second.click(By.id("nav:myAccount"));
            second.click(By.id("changePassword"));
            second.type(By.id("password:current"), PASSWORD);
            second.type(By.id("password:next"), "Kaffeemaschine am Newsdesk 7");
            second.type(By.id("password:repeat"), "Kaffeemaschine am Newsdesk 8");
            second.click(By.id("password:change"));
            assertTrue(second.find(By.id("password:messages")).getText().length() > 0, "mismatch: " + second.text());
            second.type(By.id("password:current"), PASSWORD);
            second.type(By.id("password:next"), "Kaffeemaschine am Newsdesk 7");
            second.type(By.id("password:repeat"), "Kaffeemaschine am Newsdesk 7");
            String sessionBefore = second.driver().manage().getCookieNamed("JSESSIONID").getValue();
            second.click(By.id("password:change"));
            second.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"),
                    "assword"));
            assertFalse(sessionBefore.equals(second.driver().manage().getCookieNamed("JSESSIONID").getValue()),
                    "the changing session gets a new id");
            second.open("stories/index.xhtml");
            assertTrue(second.find(By.id("currentUser")).getText().contains(name), "and stays logged in");
        }
        browser.open("stories/index.xhtml");
        assertTrue(browser.find(By.id("login:username")).isDisplayed(), "the other session has ended");
        assertEquals(401, Api.as(name, PASSWORD).get("api/stories").status());
    }

    @Test
    void anAdminResetsAPasswordOnTheScreenAndTheUserMustChooseANewOne() {
        String name = createUser("FACT_CHECKER");
        browser.login("admin", NewsdeskDeployment.DEMO_PASSWORD);
        browser.click(By.id("nav:menuAccounts"));
        browser.type(By.id("accounts:table:globalFilter"), name);
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#accounts\\:table_data > tr"), 1));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), name));
        browser.click(By.id("accounts:table:0:resetPassword"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        String temporary = browser.find(By.id("temporaryPassword")).getText().strip();
        assertTrue(temporary.matches("[a-z2-9#]{5}(-[a-z2-9#]{5}){3}"), temporary);
        browser.click(By.id("resetForm:closeReset"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("resetDialog")));
        browser.logout();

        browser.login(name, temporary);
        assertTrue(browser.find(By.id("password:mustChange")).isDisplayed(), browser.text());
        browser.open("stories/index.xhtml");
        assertTrue(browser.find(By.id("password:mustChange")).isDisplayed(), "no other page until a new password");
        browser.type(By.id("password:current"), temporary);
        browser.type(By.id("password:next"), "Rotstift und Zeilenlineal");
        browser.type(By.id("password:repeat"), "Rotstift und Zeilenlineal");
        browser.click(By.id("password:change"));
        browser.find(By.id("currentUser"));
        browser.open("stories/index.xhtml");
        assertTrue(browser.driver().findElements(By.id("password:mustChange")).isEmpty(), browser.text());
        assertEquals(200, Api.as(name, "Rotstift und Zeilenlineal").get("api/stories").status());
    }

    @Test
    void aUserCreatesAnApiTokenOnTheScreenSeesItOnceAndRevokesIt() {
        String name = createUser("REPORTER");
        browser.login(name, PASSWORD);
        browser.click(By.id("nav:myAccount"));
        browser.type(By.id("tokens:name"), "Skript für „Agenturmeldungen“");
        browser.click(By.id("tokens:create"));
        String token = browser.find(By.id("secret")).getText().strip();
        assertTrue(token.matches("nd_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}"), token);
        assertEquals(200, Api.withAuthorization("Bearer " + token).get("api/stories").status());
        browser.click(By.id("secretForm:closeSecret"));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretDialog")));
        assertTrue(browser.find(By.id("tokens:table")).getText().contains("Skript für „Agenturmeldungen“"));
        assertFalse(browser.text().contains(token), "the secret is gone from the page once the dialog closed");

        browser.click(By.id("tokens:table:0:revoke"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waiting().until(d -> browser.find(By.id("tokens:table")).getText()
                .matches("(?s).*(no active tokens|keine aktiven Tokens).*"));
        browser.waiting().until(d -> Api.withAuthorization("Bearer " + token).get("api/stories").status() == 401);
        assertTrue(Api.as(name, PASSWORD).get("api/me/tokens").jsonArray().isEmpty());
    }
}
