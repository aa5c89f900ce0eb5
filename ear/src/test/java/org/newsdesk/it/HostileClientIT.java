package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
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
}
