package org.newsdesk.it;

import org.apache.commons.codec.binary.Base32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.account.control.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two-factor login with an authenticator app, as a user sets it up and logs in with it, in a real browser. */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

    private static final String PASSWORD = "Zweiter Faktor für alle 9";

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
        String name = "tf-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = Api.demo("admin").post("api/users", "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, reply.status(), reply.toString());
        return name;
    }

    /** The code an authenticator app shows for the secret, {@code stepsAhead} steps from now. */
    private static String code(byte[] secret, int stepsAhead) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + stepsAhead);
    }

    /** Sets up two-factor login on the screen; returns the secret and leaves the recovery codes on the page. */
    private byte[] enrol() {
        browser.click(By.id("nav:myAccount"));
        browser.click(By.id("twoFactor"));
        browser.click(By.id("twoFactor:begin"));
        assertTrue(browser.find(By.id("qr")).getAttribute("src").startsWith("data:image/svg+xml;base64,"));
        byte[] secret = new Base32().decode(browser.find(By.id("secret")).getText().strip());
        browser.type(By.id("twoFactor:confirmCode"), "000000".equals(code(secret, 0)) ? "111111" : "000000");
        browser.click(By.id("twoFactor:confirm"));
        assertTrue(browser.find(By.id("twoFactor:messages")).getText().length() > 0, "a wrong first code is refused");
        browser.type(By.id("twoFactor:confirmCode"), code(secret, 0));
        browser.click(By.id("twoFactor:confirm"));
        browser.find(By.id("recoveryCodes"));
        return secret;
    }

    /**
     * Waits until the server applies the configuration (it may be cached for up to a minute): an account whose role
     * requires two-factor login and which has not set it up gets no API access by password ({@code GET /api/me} is
     * refused), otherwise it does. Polled from a client address of its own, as refusals count against an address.
     */
    private static void awaitRequired(Api api, boolean required) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while ((api.send(api.request("api/me").header("X-Forwarded-For", "198.51.100.250").GET()).status() == 401)
                != required) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the configuration did not apply within 90 s");
            }
            Thread.sleep(1000);
        }
    }

    private List<String> recoveryCodesOnPage() {
        return browser.driver().findElements(By.cssSelector("#recoveryCodes code")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private void enterCode(String code) {
        browser.type(By.id("code:value"), code);
        browser.click(By.id("code:verify"));
    }

    @Test
    void aUserSetsUpTwoFactorLoginAndThenNeedsTheAppOrARecoveryCode() {
        String name = createUser("REPORTER");
        browser.login(name, PASSWORD);
        browser.find(By.id("currentUser"));
        byte[] secret = enrol();
        List<String> recovery = recoveryCodesOnPage();
        assertEquals(10, recovery.size(), recovery.toString());
        browser.logout();

        browser.login(name, PASSWORD);
        assertTrue(browser.find(By.id("codeExplained")).isDisplayed(), "the password alone is not enough");
        assertTrue(browser.driver().findElements(By.id("currentUser")).isEmpty());
        browser.open("stories/index.xhtml");
        assertTrue(browser.find(By.id("code:value")).isDisplayed(), "no screen before the second step");
        enterCode("123456".equals(code(secret, 1)) ? "654321" : "123456");
        assertTrue(browser.find(By.id("code:messages")).getText().length() > 0, "a wrong code is refused");
        String used = code(secret, 1); // the code of the enrolment's own step was used up by the enrolment
        enterCode(used);
        assertTrue(browser.find(By.id("currentUser")).getText().contains(name));
        browser.logout();

        browser.login(name, PASSWORD);
        enterCode(used);
        assertTrue(browser.find(By.id("code:messages")).getText().length() > 0, "a code is good for one login only");
        enterCode(recovery.get(3).toUpperCase());
        assertTrue(browser.find(By.id("currentUser")).getText().contains(name), "a recovery code, typed any case");
        browser.logout();
        browser.login(name, PASSWORD);
        enterCode(recovery.get(3));
        assertTrue(browser.find(By.id("code:messages")).getText().length() > 0, "each recovery code works once");

        assertEquals(401, Api.as(name, PASSWORD).get("api/stories").status(),
                "the API takes no password of an account with two-factor login (tokens instead)");
        String events = Api.demo("admin").get("api/audit?actor=" + name).json().getJsonArray("items").toString();
        assertTrue(events.contains("account.two-factor-enabled"), events);
        assertTrue(events.contains("\"secondFactor\":\"totp\"") && events.contains("\"secondFactor\":\"recovery-code\""),
                events);
        assertTrue(events.contains("bad-second-factor") && events.contains("two-factor-account"), events);
        assertFalse(events.contains(recovery.get(0)), "no recovery code in the audit log");
    }

    @Test
    void whereTheRoleRequiresItTheUserMustSetItUpBeforeAnythingElse() throws Exception {
        String name = createUser("FACT_CHECKER");
        NewsdeskDeployment.requireTwoFactorOf("FACT_CHECKER");
        try {
            awaitRequired(Api.as(name, PASSWORD), true);
            browser.login(name, PASSWORD);
            assertTrue(browser.find(By.id("twoFactor:required")).isDisplayed(), browser.text());
            browser.open("stories/index.xhtml");
            assertTrue(browser.find(By.id("twoFactor:required")).isDisplayed(), "held on the set-up page");
            enrol();
            assertEquals(10, recoveryCodesOnPage().size());
            browser.open("stories/index.xhtml");
            assertTrue(browser.find(By.id("currentUser")).getText().contains(name), "free to work once it is on");
            browser.click(By.id("nav:myAccount"));
            browser.click(By.id("twoFactor"));
            assertTrue(browser.driver().findElements(By.id("twoFactor:disable")).isEmpty(),
                    "it cannot be turned off while the role requires it");
            String events = Api.demo("admin").get("api/audit?actor=" + name).json().getJsonArray("items").toString();
            assertTrue(events.contains("two-factor-required"), "the API refused the password alone: " + events);
        } finally {
            NewsdeskDeployment.requireTwoFactorOf("none");
            awaitRequired(Api.demo("checker"), false);
        }
    }

    @Test
    void anAdminResetRemovesTwoFactorLoginForALostPhone() {
        String name = createUser("EDITOR");
        browser.login(name, PASSWORD);
        browser.find(By.id("currentUser"));
        enrol();
        browser.logout();
        String temporary = Api.demo("admin").post("api/users/" + name + "/password-reset", "").json()
                .getString("temporaryPassword");
        browser.login(name, temporary);
        assertTrue(browser.find(By.id("password:current")).isDisplayed(),
                "straight to choosing a new password, no code asked: " + browser.text());
        String events = Api.demo("admin").get("api/audit?action=account.password-reset&actor=admin").json()
                .getJsonArray("items").getJsonObject(0).toString();
        assertTrue(events.contains("\"twoFactorRemoved\":true"), events);
    }
}
