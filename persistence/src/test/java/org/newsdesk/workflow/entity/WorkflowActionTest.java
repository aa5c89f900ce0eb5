package org.newsdesk.workflow.entity;

import org.junit.jupiter.api.Test;
import org.newsdesk.account.entity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.workflow.entity.StoryState.APPROVED;
import static org.newsdesk.workflow.entity.StoryState.DRAFT;
import static org.newsdesk.workflow.entity.StoryState.EDITOR_REVIEW;
import static org.newsdesk.workflow.entity.StoryState.FACT_CHECK;
import static org.newsdesk.workflow.entity.StoryState.PUBLISHED;
import static org.newsdesk.workflow.entity.StoryState.SCHEDULED;
import static org.newsdesk.workflow.entity.StoryState.SPIKED;

/** The workflow definition is the table of API.md, section "Workflow", and judges in the documented order. */
class WorkflowActionTest {

    private static final StoryFacts ALL_GOOD = new StoryFacts(true, true, false, true, List.of(), List.of(),
            List.of());

    private record Row(String name, Set<StoryState> from, StoryState to, boolean authors, Set<Role> roles) {
    }

    /** API.md's table, written out again on purpose: a change of the definition must be a change of this test too. */
    private static final Map<WorkflowAction, Row> API_MD = Map.of(
            WorkflowAction.SUBMIT, new Row("submit", EnumSet.of(DRAFT), FACT_CHECK, true, EnumSet.of(Role.EDITOR)),
            WorkflowAction.RETURN, new Row("return", EnumSet.of(FACT_CHECK, EDITOR_REVIEW), DRAFT, false,
                    EnumSet.of(Role.FACT_CHECKER, Role.EDITOR, Role.CHIEF_EDITOR)),
            WorkflowAction.COMPLETE_CHECK, new Row("complete-check", EnumSet.of(FACT_CHECK), EDITOR_REVIEW, false,
                    EnumSet.of(Role.FACT_CHECKER)),
            WorkflowAction.APPROVE, new Row("approve", EnumSet.of(EDITOR_REVIEW), APPROVED, false,
                    EnumSet.of(Role.CHIEF_EDITOR)),
            WorkflowAction.PUBLISH, new Row("publish", EnumSet.of(APPROVED), PUBLISHED, false,
                    EnumSet.of(Role.EDITOR, Role.CHIEF_EDITOR)),
            WorkflowAction.SPIKE, new Row("spike", EnumSet.of(DRAFT, FACT_CHECK, EDITOR_REVIEW, APPROVED, SCHEDULED),
                    SPIKED, false, EnumSet.of(Role.EDITOR, Role.CHIEF_EDITOR)),
            WorkflowAction.REOPEN, new Row("reopen", EnumSet.of(SPIKED, PUBLISHED), DRAFT, false,
                    EnumSet.of(Role.EDITOR, Role.CHIEF_EDITOR)));

    @Test
    void everyActionIsARowOfTheApiTable() {
        assertEquals(API_MD.keySet(), EnumSet.allOf(WorkflowAction.class));
        API_MD.forEach((action, row) -> {
            assertEquals(row.name(), action.label());
            assertEquals(row.from(), action.from(), action.label());
            assertEquals(row.to(), action.to(), action.label());
            assertEquals(row.authors(), action.who().authors(), action.label());
            assertEquals(row.roles(), action.who().roles(), action.label());
            assertEquals(action, WorkflowAction.of(row.name()).orElseThrow());
        });
    }

    @Test
    void theWrongPersonIsForbiddenBeforeTheWrongStateIsTold() {
        var decision = WorkflowAction.APPROVE.decide(DRAFT, EnumSet.of(Role.REPORTER), ALL_GOOD);
        assertEquals(WorkflowAction.Verdict.FORBIDDEN, decision.verdict());
        decision = WorkflowAction.APPROVE.decide(DRAFT, EnumSet.of(Role.CHIEF_EDITOR), ALL_GOOD);
        assertEquals(WorkflowAction.Verdict.WRONG_STATE, decision.verdict());
        assertTrue(decision.reason().contains("EDITOR_REVIEW"), decision.reason());
    }

    @Test
    void anAuthorSubmitsWhateverTheirRolesAndOthersOnlyAsEditors() {
        StoryFacts author = new StoryFacts(true, true, true, false, List.of(), List.of(), List.of());
        assertTrue(WorkflowAction.SUBMIT.decide(DRAFT, EnumSet.of(Role.REPORTER), author).allowed());
        assertEquals(WorkflowAction.Verdict.FORBIDDEN,
                WorkflowAction.SUBMIT.decide(DRAFT, EnumSet.of(Role.REPORTER), ALL_GOOD).verdict());
        assertTrue(WorkflowAction.SUBMIT.decide(DRAFT, EnumSet.of(Role.EDITOR), ALL_GOOD).allowed());
    }

    @Test
    void fourEyesRefusesAnAuthorWhoIsChiefEditor() {
        StoryFacts author = new StoryFacts(true, true, true, true, List.of(), List.of(), List.of());
        var decision = WorkflowAction.APPROVE.decide(EDITOR_REVIEW, EnumSet.of(Role.CHIEF_EDITOR, Role.REPORTER),
                author);
        assertEquals(WorkflowAction.Verdict.GUARD_FAILED, decision.verdict());
        assertEquals(Guard.NOT_AN_AUTHOR, decision.guard());
        assertTrue(decision.reason().contains("four eyes"), decision.reason());
    }

    @Test
    void guardsNameTheBlockingClaims() {
        StoryFacts facts = new StoryFacts(true, true, false, true, List.of("Die Nato hat 30 Mitglieder."),
                List.of(), List.of("Russland hat 100.000 Soldaten zusammengezogen."));
        var check = WorkflowAction.COMPLETE_CHECK.decide(FACT_CHECK, EnumSet.of(Role.FACT_CHECKER), facts);
        assertEquals(Guard.NO_UNCHECKED_CLAIMS, check.guard());
        assertEquals(List.of("Die Nato hat 30 Mitglieder."), check.blockers());
        assertTrue(check.reason().contains("„Die Nato hat 30 Mitglieder.“"), check.reason());

        StoryFacts rated = new StoryFacts(true, true, false, true, List.of(), List.of(),
                List.of("Russland hat 100.000 Soldaten zusammengezogen."));
        assertTrue(WorkflowAction.COMPLETE_CHECK.decide(FACT_CHECK, EnumSet.of(Role.FACT_CHECKER), rated).allowed());
        var approve = WorkflowAction.APPROVE.decide(EDITOR_REVIEW, EnumSet.of(Role.CHIEF_EDITOR), rated);
        assertEquals(Guard.FALSE_CLAIMS_RESOLVED, approve.guard());
        assertTrue(approve.reason().contains("100.000 Soldaten"), approve.reason());
    }

    @Test
    void aReasonNamesTenClaimsAndCountsTheRest() {
        List<String> quotes = java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(i -> "Behauptung " + i).toList();
        String reason = Guard.NO_UNCHECKED_CLAIMS.reason(quotes);
        assertTrue(reason.contains("„Behauptung 10“"), reason);
        assertFalse(reason.contains("Behauptung 11"), reason);
        assertTrue(reason.endsWith(" + 15"), reason);
    }

    @Test
    void aStoryWaitsForTheRolesOfItsState() {
        assertEquals(EnumSet.of(Role.FACT_CHECKER), FACT_CHECK.waitsFor());
        assertEquals(EnumSet.of(Role.EDITOR, Role.CHIEF_EDITOR), EDITOR_REVIEW.waitsFor());
        assertTrue(PUBLISHED.waitsFor().isEmpty());
        // the actions out of a state are for the roles it waits for (authors and editors submit a draft)
        for (StoryState state : List.of(FACT_CHECK, EDITOR_REVIEW)) {
            for (Role role : state.waitsFor()) {
                assertTrue(java.util.Arrays.stream(WorkflowAction.values()).anyMatch(a -> a.from().contains(state)
                        && a.who().roles().contains(role)), state + " waits for " + role + " who can do nothing");
            }
        }
    }

    @Test
    void returnSpikeAndReopenNeedAComment() {
        StoryFacts noComment = new StoryFacts(true, false, false, true, List.of(), List.of(), List.of());
        for (WorkflowAction action : List.of(WorkflowAction.RETURN, WorkflowAction.SPIKE, WorkflowAction.REOPEN)) {
            StoryState from = action.from().iterator().next();
            var decision = action.decide(from, EnumSet.of(Role.EDITOR, Role.FACT_CHECKER), noComment);
            assertEquals(Guard.COMMENT, decision.guard(), action.label());
        }
        assertTrue(WorkflowAction.SUBMIT.decide(DRAFT, EnumSet.of(Role.EDITOR), noComment).allowed());
    }

    @Test
    void publishingSchedulesWhileTheEmbargoLiesAhead() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        assertEquals(SCHEDULED, WorkflowAction.PUBLISH.to(now.plusSeconds(60), now));
        assertEquals(PUBLISHED, WorkflowAction.PUBLISH.to(now.minusSeconds(60), now));
        assertEquals(PUBLISHED, WorkflowAction.PUBLISH.to(null, now));
        assertEquals(DRAFT, WorkflowAction.REOPEN.to(now.plusSeconds(60), now));
    }

    @Test
    void publishNeedsTheApprovalOfTheCurrentRevision() {
        StoryFacts stale = new StoryFacts(true, true, false, false, List.of(), List.of(), List.of());
        var decision = WorkflowAction.PUBLISH.decide(APPROVED, EnumSet.of(Role.EDITOR), stale);
        assertEquals(Guard.APPROVAL_IS_CURRENT, decision.guard());
        assertFalse(decision.allowed());
    }

    @Test
    void onlySpikedAndPublishedStoriesAreNotEditable() {
        for (StoryState state : StoryState.values()) {
            assertEquals(state != SPIKED && state != PUBLISHED, state.editable(), state.name());
            assertEquals(state == APPROVED || state == SCHEDULED, state.voidsApprovalOnSave(), state.name());
        }
    }
}
