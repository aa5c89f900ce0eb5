package org.newsdesk.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assignments, queues and the notification centre, through the API. */
@ExtendWith(ArquillianExtension.class)
class AssignmentsAndNotificationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    /** A fresh user with these roles, so that their notifications are theirs alone in this test. */
    private static String user(String prefix, String... roles) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.demo("admin").post("api/users", "{\"username\":\"" + name + "\",\"displayName\":\""
                + prefix + "\",\"password\":\"" + NewsdeskDeployment.DEMO_PASSWORD + "\",\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}");
        assertEquals(201, created.status(), created.toString());
        return name;
    }

    private static Api as(String user) {
        return Api.as(user, NewsdeskDeployment.DEMO_PASSWORD);
    }

    private static List<JsonObject> notifications(String user, String storyId) {
        return as(user).get("api/notifications?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("storyId").equals(storyId)).toList();
    }

    private static List<String> kinds(String user, String storyId) {
        return notifications(user, storyId).stream().map(n -> n.getString("kind")).toList();
    }

    @Test
    void anEditorAssignsAStoryAndItIsInTheAssigneesQueue() {
        String checker = user("pruefer", "FACT_CHECKER");
        String id = Stories.create("reporter", "Zuweisung", null);
        Instant deadline = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply assigned = Api.demo("editor").put("api/stories/" + id + "/assignees", "[{\"role\":\"FACT_CHECKER\","
                + "\"user\":\"" + checker + "\",\"deadline\":\"" + deadline + "\",\"priority\":\"high\"}]");
        assertEquals(200, assigned.status(), assigned.toString());
        JsonObject assignment = assigned.jsonArray().getJsonObject(0);
        assertEquals(checker, assignment.getString("user"));
        assertEquals("high", assignment.getString("priority"));
        assertEquals(deadline, Instant.parse(assignment.getString("deadline")));

        List<String> queue = as(checker).get("api/stories?assignee=me").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).toList();
        assertEquals(List.of(id), queue);
        assertEquals(List.of("assigned"), kinds(checker, id));
        assertTrue(notifications(checker, id).get(0).getString("text").contains("Zuweisung"));
        assertEquals(1, Api.demo("editor").get("api/audit?story=" + id + "&action=story.assigned").json()
                .getJsonArray("items").size());

        // the same assignment again tells nobody twice; an empty list removes it
        assertEquals(200, Api.demo("editor").put("api/stories/" + id + "/assignees", assigned.body()
                .replace("\"assignedBy\"", "\"ignored\"")).status());
        assertEquals(1, notifications(checker, id).size());
        assertEquals(200, Api.demo("chief").put("api/stories/" + id + "/assignees", "[]").status());
        assertEquals(0, as(checker).get("api/stories?assignee=me").json().getInt("total"));
    }

    @Test
    void aQueueHoldsOnlyWorkStillToDo() {
        String checker = user("fertig", "FACT_CHECKER");
        String id = Stories.create("reporter", "Erledigt", null);
        assertEquals(200, Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"" + checker + "\"}]").status());
        assertEquals(1, as(checker).get("api/stories?assignee=me").json().getInt("total"));
        Stories.ok("editor", id, "spike");
        assertEquals(0, as(checker).get("api/stories?assignee=me").json().getInt("total"), "a spiked story is done");
        Api.Reply refused = Api.demo("editor").put("api/stories/" + id + "/assignees", "[]");
        assertEquals(409, refused.status(), "reopen it first: " + refused);
    }

    @Test
    void badAssignmentsAreRefusedAndChangeNothing() {
        String id = Stories.create("reporter", "Falsche Zuweisung", null);
        Api.Reply wrongRole = Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"reporter\"}]");
        assertEquals(422, wrongRole.status(), wrongRole.toString());
        assertTrue(wrongRole.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("does not hold the role"));
        assertEquals(422, Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"ADMIN\",\"user\":\"admin\"}]").status());
        assertEquals(422, Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"EDITOR\",\"user\":\"nobody-at-all\"}]").status());
        assertEquals(422, Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"EDITOR\",\"user\":\"editor\",\"priority\":\"sofort\"}]").status());
        assertEquals(400, Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"EDITOR\",\"user\":\"editor\",\"deadline\":\"morgen\"}]").status());
        assertEquals(403, Api.demo("reporter").put("api/stories/" + id + "/assignees", "[]").status());
        assertEquals(404, Api.demo("editor").put("api/stories/" + UUID.randomUUID() + "/assignees", "[]").status());
        assertEquals(0, Api.demo("editor").get("api/stories/" + id + "/assignees").jsonArray().size());
        assertEquals(0, Api.demo("editor").get("api/audit?story=" + id + "&action=story.assigned").json()
                .getJsonArray("items").size());
    }

    @Test
    void peopleAreToldWhenAStoryLandsInTheirQueueIsReturnedOrItsApprovalVoided() {
        String checker = user("checkerin", "FACT_CHECKER");
        String chief = user("chefin", "CHIEF_EDITOR");
        String id = Stories.create("reporter", "Benachrichtigung", null);
        assertEquals(200, Api.demo("editor").put("api/stories/" + id + "/assignees", "[{\"role\":\"FACT_CHECKER\","
                + "\"user\":\"" + checker + "\"},{\"role\":\"CHIEF_EDITOR\",\"user\":\"" + chief + "\"}]").status());
        Stories.ok("reporter", id, "submit");
        assertEquals(List.of("submitted", "assigned"), kinds(checker, id), "newest first");
        assertFalse(kinds("checker", id).contains("submitted"), "only the assigned fact-checker");

        assertEquals(200, Stories.act(checker, id, "return", "Quelle für die 30 fehlt").status());
        JsonObject returned = notifications("reporter", id).get(0);
        assertEquals("returned", returned.getString("kind"));
        assertTrue(returned.getString("text").contains("Quelle für die 30 fehlt"), returned.toString());

        Stories.ok("reporter", id, "submit");
        assertEquals(200, Stories.act(checker, id, "complete-check", null).status());
        assertEquals("checked", kinds(chief, id).get(0));
        assertEquals(200, Stories.act(chief, id, "approve", null).status());
        assertEquals("approved", kinds("reporter", id).get(0));
        assertEquals(200, Stories.save(Api.demo("reporter"), id, Stories.json("Benachrichtigung 2", null)).status());
        JsonObject voided = notifications(chief, id).get(0);
        assertEquals("approval-voided", voided.getString("kind"));
        assertTrue(voided.getString("text").contains("revision 2"), voided.toString());
        assertFalse(voided.getBoolean("read"));
    }

    @Test
    void aCheckerIsToldWhenAClaimTheyRatedNeedsARecheck() {
        String checker = user("nachpruefer", "FACT_CHECKER");
        String id = Stories.create("reporter", "Nachprüfen", null);
        String claim = as(checker).post("api/stories/" + id + "/claims", "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}")
                .json().getString("id");
        assertEquals(200, as(checker).put("api/claims/" + claim + "/verdict", "{\"verdict\":\"verified\"}").status());
        assertEquals(200, Stories.save(Api.demo("reporter"), id, Stories.json("Nachprüfen", null)
                .replace("30 Mitglieder", "32 Mitglieder")).status());
        JsonObject recheck = notifications(checker, id).get(0);
        assertEquals("needs-recheck", recheck.getString("kind"));
        assertTrue(recheck.getString("text").contains("32 Mitglieder"), recheck.toString());
        // a second save while it still needs a re-check tells nobody again
        assertEquals(200, Stories.save(Api.demo("reporter"), id, Stories.json("Nachprüfen", null)
                .replace("30 Mitglieder", "33 Mitglieder")).status());
        assertEquals(1, notifications(checker, id).size());
    }

    @Test
    void notificationsAreMarkedReadOnlyByTheirOwner() {
        String checker = user("leserin", "FACT_CHECKER");
        String id = Stories.create("reporter", "Gelesen", null);
        assertEquals(200, Api.demo("editor").put("api/stories/" + id + "/assignees",
                "[{\"role\":\"FACT_CHECKER\",\"user\":\"" + checker + "\"}]").status());
        JsonObject page = as(checker).get("api/notifications?unread=true").json();
        assertEquals(1, page.getInt("unread"));
        String notification = page.getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(404, Api.demo("checker").post("api/notifications/" + notification + "/read", "").status());
        assertEquals(404, as(checker).post("api/notifications/nicht-da/read", "").status());
        Api.Reply read = as(checker).post("api/notifications/" + notification + "/read", "");
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.json().getBoolean("read"));
        JsonObject after = as(checker).get("api/notifications?unread=true").json();
        assertEquals(0, after.getInt("unread"));
        assertEquals(0, after.getInt("total"));
        assertEquals(1, as(checker).get("api/notifications").json().getInt("total"));
    }

    @Test
    void aRolledBackActionLeavesNoNotification() throws Exception {
        String id = Stories.inState("FACT_CHECK", "Zurückgerollt");
        int before = notifications("reporter", id).size();
        // the audit ledger refuses this one event: the whole action is rolled back, its notification with it
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("create or replace function refuse_rollback_me() returns trigger language plpgsql as $$"
                    + " begin if new.details like '%ROLLBACK-ME%' then raise exception 'refused for the test'; end if;"
                    + " return new; end $$");
            sql.execute("create trigger refuse_rollback_me before insert on audit_event for each row"
                    + " execute function refuse_rollback_me()");
        }
        try {
            Api.Reply failed = Stories.act("checker", id, "return", "ROLLBACK-ME");
            assertEquals(500, failed.status(), failed.toString());
        } finally {
            try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
                sql.execute("drop trigger refuse_rollback_me on audit_event");
                sql.execute("drop function refuse_rollback_me()");
            }
        }
        assertEquals("FACT_CHECK", Stories.get(id).getString("state"));
        assertEquals(before, notifications("reporter", id).size(), "no notification of a change that did not happen");
        assertEquals(200, Stories.act("checker", id, "return", "Jetzt aber").status());
        assertEquals(before + 1, notifications("reporter", id).size());
    }
}
