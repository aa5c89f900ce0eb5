package org.newsdesk.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.account.entity.Role;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow API of API.md: every action × role × state, four eyes, approvals bound to a revision, guards. */
@ExtendWith(ArquillianExtension.class)
class WorkflowApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return NewsdeskDeployment.ear();
    }

    /** The callers of the matrix: the demo users (the reporter writes every story) and a reporter who did not. */
    private record Caller(String user, Set<Role> roles, boolean author) {
    }

    private static List<Caller> callers() {
        String other = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.demo("admin").post("api/users", "{\"username\":\"" + other
                + "\",\"displayName\":\"Rita Reporterin\",\"password\":\"" + NewsdeskDeployment.DEMO_PASSWORD
                + "\",\"roles\":[\"REPORTER\"]}");
        assertEquals(201, created.status(), created.toString());
        return List.of(new Caller("reporter", EnumSet.of(Role.REPORTER), true),
                new Caller(other, EnumSet.of(Role.REPORTER), false),
                new Caller("editor", EnumSet.of(Role.EDITOR), false),
                new Caller("checker", EnumSet.of(Role.FACT_CHECKER), false),
                new Caller("chief", EnumSet.of(Role.CHIEF_EDITOR), false),
                new Caller("admin", EnumSet.of(Role.ADMIN), false));
    }

    private static Api api(Caller caller) {
        return Api.as(caller.user(), NewsdeskDeployment.DEMO_PASSWORD);
    }

    /**
     * Generated from the definition: for every state, action and caller the answer is 403 (wrong person), 409
     * (wrong state) or 200 with the state the definition leads to. A new action or state is covered without
     * touching this test. The guards all hold here (comments given, no claims, approvals current).
     */
    @Test
    void everyActionRoleAndStateIsAnsweredAsTheDefinitionSays() {
        List<Caller> callers = callers();
        Map<StoryState, String> probes = new EnumMap<>(StoryState.class);
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (StoryState state : StoryState.values()) {
            probes.put(state, Stories.inState(state.name(), "Matrix " + state));
        }
        for (StoryState state : StoryState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                for (Caller caller : callers) {
                    cells++;
                    boolean allowed = action.allows(caller.roles(), caller.author());
                    int expected = !allowed ? 403 : !action.from().contains(state) ? 409 : 200;
                    String id = expected == 200 ? Stories.inState(state.name(), "Matrix " + state + " "
                            + action.label()) : probes.get(state);
                    Api.Reply reply = api(caller).post("api/stories/" + id + "/workflow/" + action.label(),
                            "{\"comment\":\"Matrix-Prüfung\"}");
                    String cell = state + " × " + action.label() + " × " + caller.user();
                    if (reply.status() != expected) {
                        mismatches.add(cell + ": expected " + expected + ", got " + reply);
                        continue;
                    }
                    if (expected == 200) {
                        String to = action.to(null, Instant.now()).name();
                        if (!to.equals(reply.json().getString("state"))) {
                            mismatches.add(cell + ": moved to " + reply.json().getString("state") + ", not " + to);
                        }
                    } else if (!reply.header("Content-Type").startsWith("application/problem+json")) {
                        mismatches.add(cell + ": not problem+json: " + reply.header("Content-Type"));
                    }
                }
            }
            assertEquals(state.name(), Stories.get(probes.get(state)).getString("state"),
                    "refused actions leave the story where it was");
        }
        assertEquals(StoryState.values().length * WorkflowAction.values().length * callers.size(), cells);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void theWorkflowShowsTheCallersActionsWithReasons() {
        String id = Stories.inState("FACT_CHECK", "Aktionen");
        JsonObject workflow = Api.demo("checker").get("api/stories/" + id + "/workflow").json();
        assertEquals("FACT_CHECK", workflow.getString("state"));
        assertTrue(workflow.isNull("approval"));
        JsonObject complete = action(workflow, "complete-check");
        assertTrue(complete.getBoolean("allowed"));
        assertEquals("EDITOR_REVIEW", complete.getString("to"));
        JsonObject approve = action(workflow, "approve");
        assertEquals(false, approve.getBoolean("allowed"));
        assertTrue(approve.getString("reason").contains("CHIEF_EDITOR"), approve.toString());
        JsonArray history = workflow.getJsonArray("history");
        assertEquals(1, history.size());
        JsonObject submitted = history.getJsonObject(0);
        assertEquals("submit", submitted.getString("action"));
        assertEquals("DRAFT", submitted.getString("from"));
        assertEquals("FACT_CHECK", submitted.getString("to"));
        assertEquals("reporter", submitted.getString("actor"));
        assertEquals(1, submitted.getInt("revision"));
    }

    @Test
    void aChiefEditorWhoWroteARevisionCannotApprove() {
        String id = Stories.inState("EDITOR_REVIEW", "Vier Augen");
        Api.Reply edited = Stories.save(Api.demo("chief"), id, Stories.json("Vier Augen, redigiert", null));
        assertEquals(200, edited.status(), edited.toString());
        Api.Reply refused = Stories.act("chief", id, "approve", null);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("four eyes"), refused.toString());
        assertEquals("EDITOR_REVIEW", Stories.get(id).getString("state"));
    }

    @Test
    void anAuthorWhoLaterBecameChiefEditorCannotApproveTheirStory() {
        String name = "aufsteigerin-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Api.demo("admin").post("api/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Ada Aufsteigerin\",\"password\":\"" + NewsdeskDeployment.DEMO_PASSWORD
                + "\",\"roles\":[\"REPORTER\"]}").status());
        Api writer = Api.as(name, NewsdeskDeployment.DEMO_PASSWORD);
        Api.Reply created = writer.post("api/stories", Stories.json("Beförderung", null));
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals(200, writer.post("api/stories/" + id + "/workflow/submit", "{}").status());
        Stories.ok("checker", id, "complete-check");
        assertEquals(200, Api.demo("admin").put("api/users/" + name + "/roles",
                "{\"roles\":[\"REPORTER\",\"CHIEF_EDITOR\"]}").status());

        Api.Reply refused = writer.post("api/stories/" + id + "/workflow/approve", "{}");
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("four eyes"), refused.toString());
        Stories.ok("chief", id, "approve");
    }

    @Test
    void anApprovalNamesItsRevisionAndASaveVoidsIt() {
        String id = Stories.inState("APPROVED", "Freigabe");
        JsonObject story = Stories.get(id);
        JsonObject approval = Api.demo("editor").get("api/stories/" + id + "/workflow").json()
                .getJsonObject("approval");
        assertEquals("chief", approval.getString("by"));
        assertEquals(story.getInt("revision"), approval.getInt("revision"));
        assertEquals(story.getString("revisionHash"), approval.getString("revisionHash"));
        assertTrue(approval.getBoolean("current"));

        Api.Reply saved = Stories.save(Api.demo("reporter"), id, Stories.json("Freigabe, nachträglich geändert", null));
        assertEquals(200, saved.status(), saved.toString());
        JsonObject workflow = Api.demo("editor").get("api/stories/" + id + "/workflow").json();
        assertEquals("EDITOR_REVIEW", workflow.getString("state"));
        assertTrue(workflow.isNull("approval"));
        JsonObject voided = last(workflow.getJsonArray("history"));
        assertEquals("void-approval", voided.getString("action"));
        assertEquals("APPROVED", voided.getString("from"));
        assertEquals("approval voided by revision 2", voided.getString("comment"));
        assertEquals("reporter", voided.getString("actor"));

        JsonArray events = Api.demo("editor").get("api/audit?story=" + id + "&action=workflow.approval-voided")
                .json().getJsonArray("items");
        assertEquals(1, events.size());
        assertEquals("chief", events.getJsonObject(0).getJsonObject("details").getString("approvedBy"));
        assertEquals(409, Stories.act("editor", id, "publish", null).status(), "no approval, no publication");
    }

    @Test
    void publishIsRefusedForAnApprovalOfAnotherRevision() throws Exception {
        String id = Stories.inState("EDITOR_REVIEW", "Veraltete Freigabe");
        Api.Reply saved = Stories.save(Api.demo("reporter"), id, Stories.json("Veraltete Freigabe 2", null));
        assertEquals(200, saved.status());
        Stories.ok("chief", id, "approve");
        // no API call can do this (every save voids the approval): the guard is the last line of defence
        try (Connection db = Database.connect(); PreparedStatement stale = db.prepareStatement(
                "update story set approved_revision = 1, approved_hash = (select hash from revision r"
                        + " where r.story_id = story.id and r.number = 1) where id = ?")) {
            stale.setObject(1, UUID.fromString(id));
            assertEquals(1, stale.executeUpdate());
        }
        Api.Reply refused = Stories.act("editor", id, "publish", null);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("approval is for another revision"), refused.toString());
        assertEquals("APPROVED", Stories.get(id).getString("state"));
    }

    @Test
    void checkAndApprovalAreRefusedWithTheBlockingClaimsNamed() {
        String id = Stories.inState("FACT_CHECK", "Prüfung");
        String claim = Api.demo("checker").post("api/stories/" + id + "/claims",
                "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}").json().getString("id");
        Api.Reply unchecked = Stories.act("checker", id, "complete-check", null);
        assertEquals(422, unchecked.status(), unchecked.toString());
        assertTrue(unchecked.json().getString("detail").contains("„Die Nato hat 30 Mitglieder.“"), unchecked.toString());

        assertEquals(200, Api.demo("checker").put("api/claims/" + claim + "/verdict",
                "{\"verdict\":\"false\",\"rationale\":\"Es sind 30 – stimmt doch nicht\"}").status());
        Stories.ok("checker", id, "complete-check");
        Api.Reply unresolved = Stories.act("chief", id, "approve", null);
        assertEquals(422, unresolved.status(), unresolved.toString());
        assertTrue(unresolved.json().getString("detail").contains("false or misleading"), unresolved.toString());
        assertTrue(unresolved.json().getString("detail").contains("Die Nato hat 30 Mitglieder."));

        assertEquals(200, Api.demo("editor").post("api/claims/" + claim + "/resolution",
                "{\"text\":\"Zahl korrigiert\"}").status());
        Stories.ok("chief", id, "approve");
        assertEquals("APPROVED", Stories.get(id).getString("state"));
    }

    @Test
    void aClaimWhoseWordingChangedBlocksTheCheckUntilRatedAgain() {
        String id = Stories.create("reporter", "Nachprüfung", null);
        String claim = Api.demo("checker").post("api/stories/" + id + "/claims",
                "{\"quote\":\"Die Nato hat 30 Mitglieder.\"}").json().getString("id");
        assertEquals(200, Api.demo("checker").put("api/claims/" + claim + "/verdict",
                "{\"verdict\":\"verified\"}").status());
        Stories.save(Api.demo("reporter"), id, Stories.json("Nachprüfung", null).replace("30 Mitglieder", "32 Mitglieder"));
        Stories.ok("reporter", id, "submit");
        Api.Reply refused = Stories.act("checker", id, "complete-check", null);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("re-check"), refused.toString());
        assertTrue(refused.json().getString("detail").contains("32 Mitglieder"), refused.toString());
        assertEquals(200, Api.demo("checker").put("api/claims/" + claim + "/verdict",
                "{\"verdict\":\"verified\"}").status());
        Stories.ok("checker", id, "complete-check");
    }

    @Test
    void returnSpikeAndReopenNeedAComment() {
        String id = Stories.inState("FACT_CHECK", "Ohne Kommentar");
        Api.Reply refused = Stories.act("checker", id, "return", null);
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("comment", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply blank = Stories.act("checker", id, "return", "   ");
        assertEquals(422, blank.status(), blank.toString());
        Api.Reply returned = Stories.act("checker", id, "return", "Quelle fehlt für die Zahl");
        assertEquals(200, returned.status(), returned.toString());
        assertEquals("DRAFT", returned.json().getString("state"));
        assertEquals("Quelle fehlt für die Zahl", last(returned.json().getJsonArray("history")).getString("comment"));
    }

    @Test
    void everyActionIsOneAuditEventAndBadRequestsAreProblems() {
        String id = Stories.inState("EDITOR_REVIEW", "Protokoll");
        List<String> actions = Api.demo("editor").get("api/audit?story=" + id).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("workflow.complete-check", "workflow.submit", "story.created"), actions);
        assertEquals(404, Stories.act("editor", id, "teleport", null).status());
        assertEquals(404, Stories.act("editor", UUID.randomUUID().toString(), "spike", "x").status());
        Api.Reply malformed = Api.demo("editor").post("api/stories/" + id + "/workflow/spike", "{\"comment\":");
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals(401, Api.anonymous().post("api/stories/" + id + "/workflow/spike", "{}").status());
        assertEquals("EDITOR_REVIEW", Stories.get(id).getString("state"));
        assertTrue(Api.demo("editor").get("api/stories/" + id + "/workflow").json().containsKey("approval"));
    }

    private static JsonObject action(JsonObject workflow, String name) {
        return workflow.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static JsonObject last(JsonArray array) {
        return array.getJsonObject(array.size() - 1);
    }
}
