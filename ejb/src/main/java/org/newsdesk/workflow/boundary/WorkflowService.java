package org.newsdesk.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Role;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.factcheck.control.CheckStatus;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.shared.boundary.StoryChanged;
import org.newsdesk.story.boundary.StoryRevised;
import org.newsdesk.story.control.Authorship;
import org.newsdesk.story.control.RevisionStore;
import org.newsdesk.story.control.Stories;
import org.newsdesk.story.entity.StoryContent;
import org.newsdesk.story.entity.Story;
import org.newsdesk.workflow.entity.StoryFacts;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;
import org.newsdesk.workflow.entity.WorkflowStep;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Moves stories through the workflow. Whether a move is allowed is decided by the one workflow definition
 * ({@link WorkflowAction}); this boundary gathers the facts it looks at, takes the step, and writes the audit event
 * and the notifications in the same transaction. The story row is locked first (as a save does), so an action and
 * a save never interleave.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class WorkflowService {

    /** Audit actions: {@code workflow.<action>} for the actions of the definition, and these two. */

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext context;

    @Inject
    Event<WorkflowMoved> moved;

    @Inject
    Event<StoryChanged> changed;

    public WorkflowOverview overview(String storyId) {
        Story story = Stories.get(em, storyId);
        return overview(story, facts(story, true));
    }

    /**
     * Takes the action (by its API name) on the story, with an optional comment. Refused with 403, 409 or 422 as
     * the definition judges; on success the story has moved and the overview shows its new place.
     */
    public WorkflowOverview perform(String storyId, String actionName, String comment) {
        WorkflowAction action = WorkflowAction.of(actionName)
                .orElseThrow(() -> new NotFoundException("No workflow action '" + actionName + "'"));
        if (comment != null && comment.length() > 4000) {
            throw new org.newsdesk.shared.boundary.InvalidInputException("comment",
                    "must have at most 4000 characters");
        }
        Story story = Stories.get(em, storyId, LockModeType.PESSIMISTIC_WRITE);
        StoryFacts facts = facts(story, comment != null && !comment.isBlank());
        WorkflowRefusal.raise(action.decide(story.getState(), roles(), facts));
        WorkflowStep step = story.take(action, caller(), comment, Instant.now());
        em.persist(step);
        record(AuditAction.of(action), story, step);
        announce(story, step, null);
        return overview(story, facts(story, true));
    }

    /**
     * A save changed an approved or scheduled story: the approval is void and the story back in review, in the
     * saving transaction. The approver hears of it.
     */
    public void voidApproval(@Observes StoryRevised revised) {
        Story story = em.find(Story.class, UUID.fromString(revised.storyId()));
        String approver = story.getApprovedBy();
        WorkflowStep step = story.voidApproval(caller(), Instant.now());
        if (step == null) {
            return;
        }
        em.persist(step);
        Map<String, Object> details = details(step);
        details.put("approvedBy", approver);
        audit.record(AuditAction.APPROVAL_VOIDED, story.getId().toString(), "story", story.getId().toString(), details);
        announce(story, step, approver);
    }

    /**
     * Publishes one scheduled story whose embargo passed, if it still is scheduled: under a row lock, with the
     * database's clock, so that of several servers (or a start-up and a tick) exactly one publishes it. An embargo
     * that passed before {@code serverStart} passed while the server was down, and the audit event says so.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean publishScheduled(UUID storyId, Instant serverStart) {
        Story story = em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = databaseNow();
        if (story == null || story.getState() != StoryState.SCHEDULED || story.getEmbargo() == null
                || story.getEmbargo().isAfter(now)) {
            return false;
        }
        boolean atStartup = story.getEmbargo().isBefore(serverStart);
        String comment = atStartup
                ? "published at start-up: the embargo passed while the server was down"
                : "published when the embargo passed";
        WorkflowStep step = story.publishScheduled(AuditLog.SYSTEM, comment, now);
        em.persist(step);
        Map<String, Object> details = details(step);
        details.put("embargo", story.getEmbargo());
        details.put("atStartup", atStartup);
        audit.recordAs(AuditLog.SYSTEM, AuditAction.PUBLISHED_SCHEDULED, story.getId().toString(), "story",
                story.getId().toString(), details);
        announce(story, step, story.getApprovedBy());
        return true;
    }

    /**
     * The ids of scheduled stories whose embargo passed, oldest embargo first. Each is then published by
     * {@link #publishScheduled} in its own transaction, under a row lock that re-checks its state.
     */
    @PermitAll
    public List<UUID> dueStories(int max, Collection<UUID> skip) {
        return em.createNamedQuery(Story.FIND_DUE, UUID.class)
                .setParameter("skip", skip.isEmpty() ? List.of(new UUID(0, 0)) : skip)
                .setMaxResults(max)
                .getResultList();
    }

    private Instant databaseNow() {
        Object now = em.createNativeQuery("select current_timestamp").getSingleResult();
        if (now instanceof Instant instant) {
            return instant;
        }
        if (now instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) now).toInstant();
    }

    private WorkflowOverview overview(Story story, StoryFacts facts) {
        Set<Role> roles = roles();
        List<WorkflowOverview.Option> options = java.util.Arrays.stream(WorkflowAction.values()).map(action -> {
            WorkflowAction.Decision decision = action.decide(story.getState(), roles, facts);
            return new WorkflowOverview.Option(action, action.to(story.getEmbargo(), Instant.now()),
                    decision.allowed(), action.guards().contains(org.newsdesk.workflow.entity.Guard.COMMENT),
                    decision);
        }).toList();
        List<WorkflowOverview.Step> history = em.createNamedQuery(WorkflowStep.FIND_BY_STORY, WorkflowStep.class)
                .setParameter("story", story.getId())
                .getResultStream()
                .map(s -> new WorkflowOverview.Step(s.getAction(), s.getFromState(), s.getToState(), s.getActor(),
                        s.getAt(), s.getComment(), s.getRevision()))
                .toList();
        WorkflowOverview.Approval approval = story.getApprovedRevision() == null ? null
                : new WorkflowOverview.Approval(story.getApprovedBy(), story.getApprovedAt(),
                story.getApprovedRevision(), story.getApprovedHashHex(), story.approvalIsCurrent());
        return new WorkflowOverview(story.getId().toString(), story.getState(), story.getCurrentRevision(), approval,
                options, history);
    }

    /** What the guards look at, for this story and the caller. */
    private StoryFacts facts(Story story, boolean hasComment) {
        CheckStatus check = CheckStatus.load(em, story.getId());
        StoryContent content = new RevisionStore(em).current(story);
        return new StoryFacts(!content.headline().isBlank() && !content.canonicalText().isBlank(), hasComment,
                new Authorship(em).isAuthor(story, caller()), story.approvalIsCurrent(), check.unchecked(),
                check.needingRecheck(), check.unresolvedFalse());
    }

    private void record(AuditAction action, Story story, WorkflowStep step) {
        audit.record(action, story.getId().toString(), "story", story.getId().toString(), details(step));
    }

    private void announce(Story story, WorkflowStep step, String approver) {
        moved.fire(new WorkflowMoved(story.getId().toString(), story.getHeadline(), step.getAction(),
                step.getFromState(), step.getToState(), step.getActor(), step.getComment(), step.getRevision(),
                approver));
        changed.fire(new StoryChanged(story.getId().toString(), StoryChanged.Aspect.WORKFLOW));
    }

    private static Map<String, Object> details(WorkflowStep step) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", step.getFromState().name());
        details.put("to", step.getToState().name());
        details.put("revision", step.getRevision());
        details.put("hash", step.getRevisionHashHex());
        if (step.getComment() != null) {
            details.put("comment", step.getComment());
        }
        return details;
    }

    private Set<Role> roles() {
        return org.newsdesk.shared.control.CallerRoles.of(context);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
