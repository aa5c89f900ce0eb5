package org.newsdesk.workflow.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.Role;
import org.newsdesk.account.entity.Roles;
import org.newsdesk.audit.boundary.AuditLog;
import org.newsdesk.audit.entity.AuditAction;
import org.newsdesk.shared.boundary.InvalidInputException;
import org.newsdesk.shared.boundary.NewsdeskException.FieldError;
import org.newsdesk.shared.boundary.StoryChanged;
import org.newsdesk.shared.boundary.WrongStateException;
import org.newsdesk.story.control.Stories;
import org.newsdesk.story.entity.Story;
import org.newsdesk.workflow.entity.Assignment;
import org.newsdesk.workflow.entity.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who works on a story next. Editors and chief editors replace a story's assignments as a whole; each person must
 * hold the role they are assigned in. New assignees are notified; the change is one audit event.
 */
@Stateless
@RolesAllowed({Roles.REPORTER, Roles.EDITOR, Roles.FACT_CHECKER, Roles.CHIEF_EDITOR, Roles.ADMIN})
public class Assignments {

    public static final int MAX = 20;

    /** One assignment as a client sends it; role and priority by their API names. */
    public record Input(String role, String user, Instant deadline, String priority) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    Notifications notifications;

    @Resource
    SessionContext context;

    @Inject
    Event<StoryChanged> changed;

    public List<AssignmentView> of(String storyId) {
        return current(Stories.get(em, storyId)).stream().map(Assignments::view).toList();
    }

    @RolesAllowed({Roles.EDITOR, Roles.CHIEF_EDITOR})
    public List<AssignmentView> assign(String storyId, List<Input> inputs) {
        List<FieldError> errors = new ArrayList<>();
        if (inputs.size() > MAX) {
            errors.add(new FieldError("assignees", "at most " + MAX + " assignments"));
        }
        Story story = Stories.get(em, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (!story.isEditable()) {
            throw new WrongStateException("The story is " + story.getState() + "; nobody works on it until an editor"
                    + " reopens it.");
        }
        String me = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        List<Assignment> next = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size() && errors.isEmpty(); i++) {
            Input input = inputs.get(i);
            String at = "[" + i + "].";
            Role role = parseRole(input == null ? null : input.role());
            if (input == null || role == null || !Assignment.ROLES.contains(role)) {
                errors.add(new FieldError(at + "role", "must be one of FACT_CHECKER, EDITOR, CHIEF_EDITOR, REPORTER"));
                continue;
            }
            Priority priority = input.priority() == null ? Priority.NORMAL : Priority.of(input.priority()).orElse(null);
            if (priority == null) {
                errors.add(new FieldError(at + "priority", "must be one of low, normal, high, urgent"));
            }
            Account account = input.user() == null ? null : em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                    .setParameter("username", input.user()).getResultStream().findFirst().orElse(null);
            if (account == null || !account.isEnabled()) {
                errors.add(new FieldError(at + "user", "is not an active Newsdesk user"));
            } else if (!account.getRoles().contains(role)) {
                errors.add(new FieldError(at + "user", input.user() + " does not hold the role " + role));
            } else if (!seen.add(role + "/" + input.user())) {
                errors.add(new FieldError(at + "user", input.user() + " is assigned twice as " + role));
            }
            if (errors.isEmpty()) {
                next.add(new Assignment(story.getId(), role, input.user(), input.deadline(), priority, me, now));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Assignment> before = current(story);
        List<Assignment> added = next.stream().filter(n -> before.stream().noneMatch(b -> b.sameAs(n))).toList();
        before.forEach(em::remove);
        em.flush();
        next.forEach(em::persist);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignees", next.stream().map(a -> a.getRole() + ":" + a.getUsername()
                + (a.getDeadline() == null ? "" : "@" + a.getDeadline()) + "/" + a.getPriority().label()).toList());
        audit.record(AuditAction.STORY_ASSIGNED, story.getId().toString(), "story", story.getId().toString(), details);
        notifications.assigned(added, story, me);
        changed.fire(new StoryChanged(story.getId().toString(), StoryChanged.Aspect.WORKFLOW));
        return next.stream().map(Assignments::view).toList();
    }

    private List<Assignment> current(Story story) {
        return em.createNamedQuery(Assignment.FIND_BY_STORY, Assignment.class).setParameter("story", story.getId())
                .getResultList();
    }

    private static Role parseRole(String name) {
        try {
            return name == null ? null : Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AssignmentView view(Assignment a) {
        return new AssignmentView(a.getRole().name(), a.getUsername(), a.getDeadline(), a.getPriority().label(),
                a.getAssignedBy(), a.getAssignedAt());
    }

}
