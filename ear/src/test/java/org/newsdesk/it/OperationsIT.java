package org.newsdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, OpenAPI, session cookies: what operations and security reviews look at. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    /** The role Newsdesk connects as (not the schema owner). */
    private static final String APP_ROLE = System.getenv("NEWSDESK_DB_USER");

    @Test
    void healthIsUpOnlyWhileTheDatabaseAnswers() throws Exception {
        Api.Reply up = Api.anonymous().get("health");
        assertEquals(200, up.status(), up.toString());
        assertEquals("UP", up.json().getString("status"));
        assertTrue(up.body().contains("\"database\""), up.body());

        try (Connection superuser = DriverManager.getConnection(
                System.getenv("NEWSDESK_DB_URL").replace("/newsdesk", "/postgres"), "postgres", "postgres");
             Statement sql = superuser.createStatement()) {
            try {
                sql.execute("alter role " + APP_ROLE + " nologin");
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + APP_ROLE + "'");
                Api.Reply down = Api.anonymous().get("health");
                assertEquals(503, down.status(), down.toString());
                assertEquals("DOWN", down.json().getString("status"));
                Api.Reply login = Api.as("nobody-" + System.nanoTime(), "a password to check").get("api/stories");
                assertEquals(500, login.status(), "checking a credential needs the database: " + login);
                assertTrue(login.header("Content-Type").startsWith("application/problem+json"),
                        "problem+json even from inside the login check, never the HTML error page: " + login);
                assertTrue(login.json().getString("correlationId").matches("[0-9a-f-]{36}"), login.toString());
                assertFalse(login.body().contains("Exception"), "no stack trace");
            } finally {
                sql.execute("alter role " + APP_ROLE + " login");
            }
        }
        assertTrue(eventuallyUp(Duration.ofSeconds(30)), "back UP once the database answers again");
        assertEquals(200, Api.demo("admin").get("api/users").status(), "and the application works again");
    }

    private static boolean eventuallyUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Api.anonymous().get("health").status() == 200) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    @Test
    void openApiListsTheApi() {
        Api.Reply openapi = Api.anonymous().get("openapi");
        assertEquals(200, openapi.status());
        for (String path : new String[] {"/api/users", "/api/audit", "/api/audit/verify"}) {
            assertTrue(openapi.body().contains(path), path + " in " + openapi.body());
        }
    }

    @Test
    void responsesTellTheServersOwnTime() {
        Api.Reply list = Api.demo("editor").get("api/stories?size=5");
        assertEquals(200, list.status());
        String timing = list.header("Server-Timing");
        assertTrue(timing != null && timing.matches("app;dur=\\d+\\.\\d"), String.valueOf(timing));
        String page = Api.anonymous().get("login.xhtml").header("Server-Timing");
        assertTrue(page != null && page.matches("app;dur=\\d+\\.\\d"), "a page: " + page);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Api.Reply login = Api.anonymous().get("login.xhtml");
        assertEquals(200, login.status());
        String cookie = login.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void screensNeedALoginAndApiErrorsAreProblemJson() {
        Api.Reply index = Api.anonymous().get("index.xhtml");
        assertEquals(302, index.status());
        assertTrue(index.header("Location").endsWith("/login.xhtml"), index.header("Location"));

        Api.Reply unknown = Api.demo("admin").get("api/no-such-thing");
        assertEquals(404, unknown.status());
        assertTrue(unknown.header("Content-Type").startsWith("application/problem+json"));

        Api.Reply wrongMethod = Api.demo("admin").send(Api.demo("admin").request("api/audit/verify")
                .DELETE());
        assertEquals(405, wrongMethod.status());
        assertTrue(wrongMethod.header("Content-Type").startsWith("application/problem+json"));
    }

    /**
     * The load benchmark's baseline endpoint exists only for a server started with NEWSDESK_BENCHMARK=true: here (as
     * in production) it answers 404 as problem+json, writes no row, and still asks for a login and a writing role.
     */
    @Test
    void theLoadBaselineIsOffUnlessTheServerRunsTheBenchmark() throws Exception {
        String body = "{\"headline\":\"Baseline\",\"language\":\"de\",\"bodyText\":\"Text\"}";
        Api.Reply off = Api.demo("editor").put("api/baseline/x", body);
        assertEquals(404, off.status(), off.toString());
        assertTrue(off.header("Content-Type").startsWith("application/problem+json"), off.toString());
        assertEquals(401, Api.anonymous().put("api/baseline/x", body).status());
        assertEquals(403, Api.demo("checker").put("api/baseline/x", body).status());
        try (Connection db = Database.connect();
             Statement sql = db.createStatement();
             java.sql.ResultSet rows = sql.executeQuery("select count(*) from load_baseline")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "the baseline wrote a row although it is off");
        }
    }
}
