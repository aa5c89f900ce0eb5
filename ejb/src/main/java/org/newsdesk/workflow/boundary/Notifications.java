package org.newsdesk.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.Role;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.factcheck.boundary.RecheckNeeded;
import org.newsdesk.shared.boundary.InboxChanged;
import org.newsdesk.shared.boundary.NotFoundException;
import org.newsdesk.shared.boundary.Page;
import org.newsdesk.story.control.Authorship;
import org.newsdesk.story.entity.Story;
import org.newsdesk.workflow.entity.Assignment;
import org.newsdesk.workflow.entity.Notification;
import org.newsdesk.workflow.entity.NotificationKind;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;
import org.newsdesk.workflow.entity.WorkflowStep;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The notification centre. Notifications are written in the transaction of the change they tell about (so a
 * rolled-back change leaves none), and open pages are told after the commit ({@link InboxChanged}).
 * <p>
 * Who is told: a submitted story goes to its assigned fact-checkers (else to every fact-checker, the desk's queue); a
 * checked one to its assigned editors and chief editors (else every editor and chief editor); its authors hear when it is
 * returned, approved, reopened or published; the approver when their approval is voided or the story published; a
 * checker when a claim they rated needs a re-check; an assignee when a story is assigned to them. Nobody is told
 * about their own doing.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<InboxChanged> inbox;

    /** Tells the people concerned by a move through the workflow. */
    @PermitAll
    public void moved(@Observes WorkflowMoved moved) {
        UUID storyId = UUID.fromString(moved.storyId());
        Set<String> to = new LinkedHashSet<>();
        NotificationKind kind;
        String detail = moved.comment();
        if (moved.action().equals(WorkflowStep.VOID_APPROVAL)) {
            kind = NotificationKind.APPROVAL_VOIDED;
            addIfPresent(to, moved.approver());
            detail = "revision " + moved.revision();
        } else if (moved.to() == StoryState.PUBLISHED) {
            kind = NotificationKind.PUBLISHED;
            to.addAll(new Authorship(em).authors(em.find(Story.class, storyId)));
            addIfPresent(to, moved.approver());
            detail = null;
        } else if (moved.action().equals(WorkflowAction.SUBMIT.label())) {
            kind = NotificationKind.SUBMITTED;
            to.addAll(queue(storyId, StoryState.FACT_CHECK));
        } else if (moved.action().equals(WorkflowAction.COMPLETE_CHECK.label())) {
            kind = NotificationKind.CHECKED;
            to.addAll(queue(storyId, StoryState.EDITOR_REVIEW));
        } else if (moved.action().equals(WorkflowAction.APPROVE.label())) {
            kind = NotificationKind.APPROVED;
            to.addAll(new Authorship(em).authors(em.find(Story.class, storyId)));
            detail = null;
        } else if (moved.to() == StoryState.DRAFT) {
            kind = NotificationKind.RETURNED;
            to.addAll(new Authorship(em).authors(em.find(Story.class, storyId)));
        } else {
            return;
        }
        notify(to, kind, storyId, moved.actor(), moved.headline(), detail);
    }

    /** A claim a checker rated changed its wording. */
    @PermitAll
    public void recheck(@Observes RecheckNeeded needed) {
        UUID storyId = UUID.fromString(needed.storyId());
        Story story = em.find(Story.class, storyId);
        notify(needed.checker() == null ? Set.of() : Set.of(needed.checker()), NotificationKind.NEEDS_RECHECK,
                storyId, caller(), story.getHeadline(), needed.wording());
    }

    /** A story was assigned to these people (called by the assigning boundary, in its transaction). */
    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
    public void assigned(Collection<Assignment> assignments, Story story, String actor) {
        for (Assignment assignment : assignments) {
            String detail = assignment.getRole().name() + (assignment.getDeadline() == null ? ""
                    : ", deadline " + assignment.getDeadline());
            notify(Set.of(assignment.getUsername()), NotificationKind.ASSIGNED, story.getId(), actor,
                    story.getHeadline(), detail);
        }
    }

    /** The caller's notifications, newest first. */
    public Page<NotificationView> mine(boolean unreadOnly, int page, int size) {
        Page.validate(page, size);
        List<NotificationView> items = em.createNamedQuery(Notification.FIND_FOR_USER, Notification.class)
                .setParameter("user", caller())
                .setParameter("unread", unreadOnly)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(Notifications::view)
                .toList();
        long total = em.createNamedQuery(Notification.COUNT_FOR_USER, Long.class)
                .setParameter("user", caller())
                .setParameter("unread", unreadOnly)
                .getSingleResult();
        return new Page<>(items, total, page, size);
    }

    /** How many of the caller's notifications are unread (the badge in the header). */
    public long unread() {
        return em.createNamedQuery(Notification.COUNT_FOR_USER, Long.class)
                .setParameter("user", caller())
                .setParameter("unread", true)
                .getSingleResult();
    }

    /** Marks one of the caller's notifications read; another user's is not found (404), as if it did not exist. */
    public NotificationView markRead(String id) {
        Notification notification;
        try {
            notification = em.find(Notification.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            notification = null;
        }
        if (notification == null || !notification.getUsername().equals(caller())) {
            throw new NotFoundException("No notification with id '" + id + "'");
        }
        notification.markRead(Instant.now());
        inbox.fire(new InboxChanged(Set.of(caller())));
        return view(notification);
    }

    private void notify(Set<String> users, NotificationKind kind, UUID storyId, String actor, String headline,
                        String detail) {
        Set<String> told = new LinkedHashSet<>();
        Instant now = Instant.now();
        for (String user : users) {
            if (!user.equals(actor)) {
                em.persist(new Notification(user, kind, storyId, actor, headline, detail, now));
                told.add(user);
            }
        }
        if (!told.isEmpty()) {
            inbox.fire(new InboxChanged(told));
        }
    }

    /**
     * Whose queue the story now waits in ({@link StoryState#waitsFor()}, the same rule as My desk): its assignees in
     * those roles; without any, everybody holding one of them (the desk's shared queue).
     */
    private Set<String> queue(UUID storyId, StoryState state) {
        Set<String> assignees = new LinkedHashSet<>();
        em.createNamedQuery(Assignment.FIND_BY_STORY, Assignment.class).setParameter("story", storyId)
                .getResultStream()
                .filter(a -> state.waitsFor().contains(a.getRole()))
                .forEach(a -> assignees.add(a.getUsername()));
        if (assignees.isEmpty()) {
            for (Role role : state.waitsFor()) {
                assignees.addAll(em.createNamedQuery(Account.USERNAMES_WITH_ROLE, String.class)
                        .setParameter("role", role).getResultList());
            }
        }
        return assignees;
    }

    private static void addIfPresent(Set<String> to, String user) {
        if (user != null) {
            to.add(user);
        }
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(String.valueOf(n.getId()), n.getAt(), n.getKind(), n.getStoryId().toString(),
                n.getActor(), n.getHeadline(), n.getDetail(), n.text(), n.isRead());
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? "system" : context.getCallerPrincipal().getName();
    }
}
