package org.newsdesk.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /api/users and the authentication rules of API.md, exercised as a client would. */
@ExtendWith(ArquillianExtension.class)
class UsersApiIT {

    private static final String PASSWORD = "ein sehr geheimes Passwort";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Api.Reply createUser(String name, String... roles) {
        String roleList = String.join("\",\"", roles);
        return Api.demo("admin").post("api/users", "{\"username\":\"" + name + "\",\"displayName\":\"Jürgen Groß\","
                + "\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + roleList + "\"]}");
    }

    @Test
    void withoutCredentialsEveryApiCallIsAnsweredWith401AndABasicChallenge() {
        for (String path : new String[] {"api/users", "api/audit", "api/audit/verify", "api/audit/export.csv"}) {
            Api.Reply reply = Api.anonymous().get(path);
            assertEquals(401, reply.status(), path);
            assertEquals("Basic realm=\"newsdesk\"", reply.header("WWW-Authenticate"), path);
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), path);
            assertEquals(401, reply.json().getInt("status"));
        }
    }

    @Test
    void aWrongPasswordIsAnsweredWith401() {
        assertEquals(401, Api.as("admin", "not the password").get("api/users").status());
        assertEquals(401, Api.as("nobody-" + UUID.randomUUID(), "whatever password").get("api/users").status());
    }

    @Test
    void onlyAdminsManageUsersAndOnlyEditorsChiefsAndAdminsReadTheAudit() {
        for (String user : new String[] {"reporter", "editor", "checker", "chief"}) {
            Api.Reply reply = Api.demo(user).get("api/users");
            assertEquals(403, reply.status(), user);
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
        }
        assertEquals(200, Api.demo("admin").get("api/users").status());

        for (String user : new String[] {"reporter", "checker"}) {
            assertEquals(403, Api.demo(user).get("api/audit").status(), user);
        }
        for (String user : new String[] {"editor", "chief", "admin"}) {
            assertEquals(200, Api.demo(user).get("api/audit").status(), user);
        }
        for (String user : new String[] {"reporter", "editor", "checker", "chief"}) {
            assertEquals(403, Api.demo(user).get("api/audit/verify").status(), user);
        }
        assertEquals(200, Api.demo("admin").get("api/audit/verify").status());
        assertEquals(403, Api.demo("editor").post("api/users", "{}").status());
    }

    @Test
    void anAdminCreatesAnAccountThatCanThenAuthenticate() {
        String name = uniqueName("jg");
        Api.Reply created = createUser(name, "EDITOR");
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").endsWith("/api/users/" + name));
        JsonObject user = created.json();
        assertEquals("Jürgen Groß", user.getString("displayName"));
        assertFalse(created.body().contains("password"), "the password (hash) is never returned");
        assertEquals(200, Api.as(name, PASSWORD).get("api/audit").status());

        JsonObject event = Api.demo("admin").get("api/audit?action=account.created&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(name, event.getString("entityId"));
        assertEquals("admin", event.getString("actor"));
    }

    @Test
    void rolesChangeTakesEffectAtTheNextCall() {
        String name = uniqueName("rc");
        assertEquals(201, createUser(name, "REPORTER").status());
        assertEquals(403, Api.as(name, PASSWORD).get("api/audit").status());

        Api.Reply changed = Api.demo("admin").put("api/users/" + name + "/roles", "{\"roles\":[\"EDITOR\",\"REPORTER\"]}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(2, changed.json().getJsonArray("roles").size());
        assertEquals(200, Api.as(name, PASSWORD).get("api/audit").status());

        JsonObject event = Api.demo("admin").get("api/audit?action=account.roles-changed&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(name, event.getString("entityId"));
        String after = event.getJsonObject("details").getJsonArray("after").toString();
        assertTrue(after.contains("\"EDITOR\"") && after.contains("\"REPORTER\""), after);
        assertEquals("[\"REPORTER\"]", event.getJsonObject("details").getJsonArray("before").toString());
    }

    @Test
    void aDisabledAccountCannotAuthenticate() {
        String name = uniqueName("dis");
        assertEquals(201, createUser(name, "EDITOR").status());
        assertEquals(200, Api.as(name, PASSWORD).get("api/audit").status());
        Api.Reply disabled = Api.demo("admin").post("api/users/" + name + "/disable", "");
        assertEquals(200, disabled.status(), disabled.toString());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, Api.as(name, PASSWORD).get("api/audit").status());
    }

    @Test
    void malformedJsonIs400ProblemJsonAndWritesNothing() {
        long users = Api.demo("admin").get("api/users?size=1").json().getJsonNumber("total").longValue();
        String name = uniqueName("broken");
        Api.Reply reply = Api.demo("admin").post("api/users", "{\"username\":\"" + name + "\", \"password\": ");
        assertEquals(400, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        assertNotNull(problem.getString("title"));
        assertFalse(reply.body().contains("Exception"), "no stack trace or exception names: " + reply.body());
        assertEquals(users, Api.demo("admin").get("api/users?size=1").json().getJsonNumber("total").longValue());
        assertEquals(404, Api.demo("admin").get("api/users/" + name).status());
    }

    @Test
    void invalidInputIs422WithTheFieldsNamed() {
        Api.Reply reply = Api.demo("admin").post("api/users",
                "{\"username\":\"Not Valid!\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"PRESIDENT\"]}");
        assertEquals(422, reply.status(), reply.toString());
        String errors = reply.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"field\":\"username\""), errors);
        assertTrue(errors.contains("\"field\":\"roles\""), errors);

        Api.Reply shortPassword = Api.demo("admin").post("api/users",
                "{\"username\":\"" + uniqueName("pw") + "\",\"password\":\"kurz\",\"roles\":[\"EDITOR\"]}");
        assertEquals(422, shortPassword.status());
        assertTrue(shortPassword.json().getJsonArray("errors").toString().contains("\"field\":\"password\""));
    }

    @Test
    void unknownUsersAre404AndWrongMediaTypesAre415() {
        assertEquals(404, Api.demo("admin").put("api/users/nobody-here/roles", "{\"roles\":[\"EDITOR\"]}").status());
        Api.Reply wrongType = Api.demo("admin").send(Api.demo("admin").request("api/users")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hello")));
        assertEquals(415, wrongType.status());
        assertTrue(wrongType.header("Content-Type").startsWith("application/problem+json"));
    }

    private static String problemField(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOneAndTheOldOneStopsWorking() {
        String name = uniqueName("pw");
        assertEquals(201, createUser(name, "REPORTER").status());
        Api old = Api.as(name, PASSWORD);
        String next = "Kaffeemaschine am Newsdesk 7";

        Api.Reply wrong = old.put("api/me/password", "{\"current\":\"nicht mein Passwort\",\"new\":\"" + next + "\"}");
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("current", problemField(wrong));
        Api.Reply weak = old.put("api/me/password", "{\"current\":\"" + PASSWORD + "\",\"new\":\"password1234\"}");
        assertEquals(422, weak.status(), weak.toString());
        assertEquals("new", problemField(weak));
        assertTrue(weak.body().contains("too easy to guess"), weak.body());
        assertEquals(422, old.put("api/me/password", "{\"current\":\"" + PASSWORD + "\"}").status(),
                "both fields are required");
        assertEquals(400, old.put("api/me/password", "{\"current\":").status(), "malformed JSON");
        assertEquals(200, old.get("api/stories").status(), "nothing changed so far");

        assertEquals(204, old.put("api/me/password", "{\"current\":\"" + PASSWORD + "\",\"new\":\"" + next + "\"}").status());
        assertEquals(401, old.get("api/stories").status(), "the old password is gone (also from the verified cache)");
        assertEquals(200, Api.as(name, next).get("api/stories").status());

        var events = Api.demo("admin").get("api/audit?actor=" + name).json().getJsonArray("items");
        assertEquals("account.api-auth-failed", events.getJsonObject(0).getString("action"), "the old password");
        assertEquals("account.password-changed", events.getJsonObject(1).getString("action"), events.toString());
        assertEquals("account.password-change-failed", events.getJsonObject(2).getString("action"), events.toString());
        assertEquals(3, events.size(), "a refused weak password writes nothing: " + events);
        assertFalse(events.toString().contains(next) || events.toString().contains(PASSWORD),
                "no password in the audit log");
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedLoginsAndLockTheAccount() {
        String name = uniqueName("pwlock");
        assertEquals(201, createUser(name, "REPORTER").status());
        Api user = Api.as(name, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(422, user.put("api/me/password", "{\"current\":\"guess " + i + "\",\"new\":\"Kaffeemaschine am Newsdesk 7\"}").status());
        }
        assertEquals(401, user.get("api/stories").status(), "five wrong current passwords lock the account");
        assertTrue(Api.demo("admin").get("api/users/" + name).json().getBoolean("locked"));
    }

    @Test
    void anAdminResetMakesTheUserChooseANewPasswordBeforeAnythingElse() {
        String name = uniqueName("reset");
        assertEquals(201, createUser(name, "EDITOR").status());
        assertEquals(403, Api.demo("editor").post("api/users/" + name + "/password-reset", "").status());
        assertEquals(404, Api.demo("admin").post("api/users/nobody-" + name + "/password-reset", "").status());

        Api.Reply reset = Api.demo("admin").post("api/users/" + name + "/password-reset", "");
        assertEquals(200, reset.status(), reset.toString());
        String temporary = reset.json().getString("temporaryPassword");
        assertTrue(temporary.matches("[a-z2-9#]{5}(-[a-z2-9#]{5}){3}"), temporary);
        assertTrue(reset.json().getBoolean("mustChangePassword"));
        assertEquals(401, Api.as(name, PASSWORD).get("api/stories").status(), "the old password is gone");

        Api holder = Api.as(name, temporary);
        Api.Reply held = holder.get("api/stories");
        assertEquals(403, held.status(), "a temporary password opens nothing but the change");
        assertTrue(held.json().getString("detail").contains("/api/me/password"), held.toString());
        assertEquals(403, holder.post("api/stories", "{\"headline\":\"x\",\"language\":\"de\"}").status());

        String chosen = "Rotstift und Zeilenlineal";
        assertEquals(204, holder.put("api/me/password", "{\"current\":\"" + temporary + "\",\"new\":\"" + chosen + "\"}").status());
        assertEquals(200, Api.as(name, chosen).get("api/stories").status());
        assertEquals(401, holder.get("api/stories").status(), "the temporary password is used up");

        var events = Api.demo("admin").get("api/audit?actor=admin&action=account.password-reset").json()
                .getJsonArray("items");
        assertEquals(name, events.getJsonObject(0).getString("entityId"));
        assertFalse(events.toString().contains(temporary), "the temporary password is not in the audit log");

        assertEquals(200, Api.demo("admin").post("api/users/" + name + "/disable", "").status());
        assertEquals(409, Api.demo("admin").post("api/users/" + name + "/password-reset", "").status(),
                "a disabled account gets no new password");
    }

    private static Api bearer(String token) {
        return Api.withAuthorization("Bearer " + token);
    }

    @Test
    void personalApiTokensWorkInsteadOfAPasswordAreShownOnceAndRevoked() {
        String name = uniqueName("tok");
        assertEquals(201, createUser(name, "REPORTER").status());
        Api owner = Api.as(name, PASSWORD);

        Api.Reply created = owner.post("api/me/tokens", "{\"name\":\"Agentur-Import „dpa“\",\"expiresInDays\":30}");
        assertEquals(201, created.status(), created.toString());
        String token = created.json().getString("token");
        assertTrue(token.matches("nd_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}"), token);
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/api/me/tokens/" + id));
        assertEquals("Agentur-Import „dpa“", created.json().getString("name"));

        var listed = owner.get("api/me/tokens").jsonArray();
        assertEquals(1, listed.size());
        assertEquals(id, listed.getJsonObject(0).getString("id"));
        assertTrue(listed.getJsonObject(0).isNull("token"), "the secret is shown only once");

        Api script = bearer(token);
        assertEquals(200, script.get("api/stories").status());
        Api.Reply story = script.post("api/stories", "{\"headline\":\"Per Skript\",\"language\":\"de\"}");
        assertEquals(201, story.status(), story.toString());
        assertEquals(name, story.json().getString("createdBy"), "the token acts as its owner");
        assertEquals(403, script.get("api/users").status(), "with its owner's roles only");
        assertTrue(owner.get("api/me/tokens").jsonArray().getJsonObject(0).getString("lastUsedAt").startsWith("20"));

        assertEquals(404, Api.demo("editor").send(Api.demo("editor").request("api/me/tokens/" + id).DELETE()).status(),
                "someone else's token is as unknown as a missing one");
        assertEquals(204, owner.send(owner.request("api/me/tokens/" + id).DELETE()).status());
        Api.Reply revoked = script.get("api/stories");
        assertEquals(401, revoked.status());
        assertTrue(revoked.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(owner.get("api/me/tokens").jsonArray().isEmpty());
        assertEquals(404, owner.send(owner.request("api/me/tokens/" + id).DELETE()).status(), "revoked once");

        var events = Api.demo("admin").get("api/audit?actor=" + name).json().getJsonArray("items").toString();
        assertTrue(events.contains("account.token-created") && events.contains("account.token-revoked"), events);
        assertTrue(events.contains("revoked-token"), "the refused use is recorded: " + events);
        assertFalse(events.contains(token.substring(16)), "never the secret in the audit log");
    }

    @Test
    void badTokensAndBadTokenRequestsAreRefusedClearly() {
        Api reporter = Api.demo("reporter");
        for (String body : new String[] {"{\"name\":\"\"}", "{\"name\":\"x\",\"expiresInDays\":0}",
                "{\"name\":\"x\",\"expiresInDays\":367}", "{\"name\":\"" + "x".repeat(101) + "\"}"}) {
            Api.Reply refused = reporter.post("api/me/tokens", body);
            assertEquals(422, refused.status(), body + " " + refused);
        }
        assertEquals(400, reporter.post("api/me/tokens", "{\"name\":\"x\",\"expiresInDays\":\"soon\"}").status());
        for (String token : new String[] {"", "nd_", "nd_AAAAAAAAAAAA_" + "B".repeat(32), "x".repeat(4000),
                "nd_AAAAAAAAAAAA_BBBB'; drop table api_token; --"}) {
            Api.Reply reply = bearer(token).get("api/stories");
            assertEquals(401, reply.status(), token);
            assertEquals("Basic realm=\"newsdesk\"", reply.header("WWW-Authenticate"));
        }
    }

    @Test
    void anAdminResetRevokesTheAccountsTokens() {
        String name = uniqueName("tokreset");
        assertEquals(201, createUser(name, "EDITOR").status());
        String token = Api.as(name, PASSWORD).post("api/me/tokens", "{\"name\":\"CMS\"}").json().getString("token");
        assertEquals(200, bearer(token).get("api/stories").status());
        Api.Reply reset = Api.demo("admin").post("api/users/" + name + "/password-reset", "");
        assertEquals(200, reset.status());
        assertEquals(401, bearer(token).get("api/stories").status(), "a reset ends the tokens too");
    }
}
