package org.newsdesk.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.newsdesk.account.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Who works on a story next, in which role: a fact-checker to check it, an editor to review it, a chief editor to
 * approve it. A deadline and a priority order the queues (overdue first). The set of assignments of a story is
 * replaced as a whole; the audit log keeps every version of it.
 */
@Entity
@Table(name = "assignment")
@IdClass(Assignment.Key.class)
@NamedQuery(name = Assignment.FIND_BY_STORY,
        query = "select a from Assignment a where a.storyId = :story order by a.role, a.username")
public class Assignment {

    public static final String FIND_BY_STORY = "Assignment.findByStory";

    /** The roles a story can be assigned in. */
    public static final java.util.Set<Role> ROLES = java.util.EnumSet.of(Role.FACT_CHECKER, Role.EDITOR,
            Role.CHIEF_EDITOR, Role.REPORTER);

    public record Key(UUID storyId, Role role, String username) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "story_id")
    private UUID storyId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Role role;

    @Id
    @Column(length = 64)
    private String username;

    private Instant deadline;

    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
        // for JPA
    }

    public Assignment(UUID storyId, Role role, String username, Instant deadline, Priority priority,
                      String assignedBy, Instant now) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("a story is not assigned to an " + role);
        }
        this.storyId = storyId;
        this.role = role;
        this.username = username;
        this.deadline = deadline == null ? null : deadline.truncatedTo(ChronoUnit.MICROS);
        this.priority = priority == null ? Priority.NORMAL : priority;
        this.assignedBy = assignedBy;
        this.assignedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether this is the same assignment (person, role, deadline, priority), so nobody is told twice. */
    public boolean sameAs(Assignment other) {
        return role == other.role && username.equals(other.username) && java.util.Objects.equals(deadline,
                other.deadline) && priority == other.priority;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public Role getRole() {
        return role;
    }

    public String getUsername() {
        return username;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
