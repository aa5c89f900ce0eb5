package org.newsdesk.workflow.entity;

import org.newsdesk.account.entity.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.newsdesk.workflow.entity.StoryState.APPROVED;
import static org.newsdesk.workflow.entity.StoryState.DRAFT;
import static org.newsdesk.workflow.entity.StoryState.EDITOR_REVIEW;
import static org.newsdesk.workflow.entity.StoryState.FACT_CHECK;
import static org.newsdesk.workflow.entity.StoryState.PUBLISHED;
import static org.newsdesk.workflow.entity.StoryState.SCHEDULED;
import static org.newsdesk.workflow.entity.StoryState.SPIKED;

/**
 * <b>The workflow definition</b>: every action a person can take on a story, from which states, to which state, who
 * may take it and which guards must hold. The API, the screens, the board and the tests all read this table; no
 * other code decides whether a story may move.
 * <p>
 * A request is judged in this order: the wrong person → {@link Verdict#FORBIDDEN} (403), the wrong state →
 * {@link Verdict#WRONG_STATE} (409), a guard that does not hold → {@link Verdict#GUARD_FAILED} (422).
 * <p>
 * Decided where API.md is silent: spiking a story that is already spiked is a wrong state (nothing to kill); an
 * author is whoever created the story or wrote any revision of it, whatever roles they hold today.
 */
public enum WorkflowAction {

    /** The reporter hands the draft to the fact-checkers. */
    SUBMIT("submit", EnumSet.of(DRAFT), FACT_CHECK, Who.AUTHOR_OR(Role.EDITOR),
            List.of(Guard.HEADLINE_AND_BODY)),
    /** Back to the reporter, with a comment saying what is missing. */
    RETURN("return", EnumSet.of(FACT_CHECK, EDITOR_REVIEW), DRAFT,
            Who.ANY_OF(Role.FACT_CHECKER, Role.EDITOR, Role.CHIEF_EDITOR), List.of(Guard.COMMENT)),
    /** The fact-checkers are done: every claim is rated and still rated as it stands. */
    COMPLETE_CHECK("complete-check", EnumSet.of(FACT_CHECK), EDITOR_REVIEW, Who.ANY_OF(Role.FACT_CHECKER),
            List.of(Guard.NO_UNCHECKED_CLAIMS, Guard.NO_CLAIM_NEEDS_RECHECK)),
    /** A chief editor who wrote none of it approves exactly the current revision. */
    APPROVE("approve", EnumSet.of(EDITOR_REVIEW), APPROVED, Who.ANY_OF(Role.CHIEF_EDITOR),
            List.of(Guard.NOT_AN_AUTHOR, Guard.NO_UNCHECKED_CLAIMS, Guard.NO_CLAIM_NEEDS_RECHECK,
                    Guard.FALSE_CLAIMS_RESOLVED)),
    /** Out it goes: published now, or scheduled when the embargo lies in the future. */
    PUBLISH("publish", EnumSet.of(APPROVED), PUBLISHED, Who.ANY_OF(Role.EDITOR, Role.CHIEF_EDITOR),
            List.of(Guard.APPROVAL_IS_CURRENT)),
    /** Killed, with the reason. */
    SPIKE("spike", EnumSet.complementOf(EnumSet.of(PUBLISHED, SPIKED)), SPIKED,
            Who.ANY_OF(Role.EDITOR, Role.CHIEF_EDITOR), List.of(Guard.COMMENT)),
    /** Back to work: a spiked story revived, or a published one to be corrected (the comment is the correction). */
    REOPEN("reopen", EnumSet.of(SPIKED, PUBLISHED), DRAFT, Who.ANY_OF(Role.EDITOR, Role.CHIEF_EDITOR),
            List.of(Guard.COMMENT));

    private final String label;
    private final Set<StoryState> from;
    private final StoryState to;
    private final Who who;
    private final List<Guard> guards;

    WorkflowAction(String label, Set<StoryState> from, StoryState to, Who who, List<Guard> guards) {
        this.label = label;
        this.from = Set.copyOf(from);
        this.to = to;
        this.who = who;
        this.guards = List.copyOf(guards);
    }

    /** The name in the API and the history: submit, return, complete-check, approve, publish, spike, reopen. */
    public String label() {
        return label;
    }

    public Set<StoryState> from() {
        return from;
    }

    /** The state this action leads to; {@link #PUBLISH} leads to SCHEDULED instead while the embargo lies ahead. */
    public StoryState to() {
        return to;
    }

    public StoryState to(Instant embargo, Instant now) {
        return this == PUBLISH && embargo != null && embargo.isAfter(now) ? SCHEDULED : to;
    }

    public Who who() {
        return who;
    }

    public List<Guard> guards() {
        return guards;
    }

    public static Optional<WorkflowAction> of(String label) {
        return Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst();
    }

    /** Whether somebody with these roles may take this action (authorship counts for author-actions). */
    public boolean allows(Set<Role> roles, boolean isAuthor) {
        return who.includes(roles, isAuthor);
    }

    /** Judges a request in the order forbidden → wrong state → guards. */
    public Decision decide(StoryState state, Set<Role> roles, StoryFacts facts) {
        if (!allows(roles, facts.actorIsAuthor())) {
            return new Decision(this, Verdict.FORBIDDEN, null, List.of(), "Only " + who.describe() + " may "
                    + label + " a story.");
        }
        if (!from.contains(state)) {
            return new Decision(this, Verdict.WRONG_STATE, null, List.of(), "A story in state " + state
                    + " cannot be " + past() + "; " + label + " needs " + describeFrom() + ".");
        }
        for (Guard guard : guards) {
            List<String> blockers = guard.blockers(facts);
            if (!blockers.isEmpty()) {
                return new Decision(this, Verdict.GUARD_FAILED, guard, blockers, guard.reason(blockers));
            }
        }
        return new Decision(this, Verdict.ALLOWED, null, List.of(), null);
    }

    private String past() {
        return switch (this) {
            case SUBMIT -> "submitted";
            case RETURN -> "returned";
            case COMPLETE_CHECK -> "marked as checked";
            case APPROVE -> "approved";
            case PUBLISH -> "published";
            case SPIKE -> "spiked";
            case REOPEN -> "reopened";
        };
    }

    private String describeFrom() {
        List<String> names = new ArrayList<>();
        for (StoryState state : StoryState.values()) {
            if (from.contains(state)) {
                names.add(state.name());
            }
        }
        return String.join(" or ", names);
    }

    /** How a request was judged. */
    public enum Verdict {
        ALLOWED, FORBIDDEN, WRONG_STATE, GUARD_FAILED
    }

    /**
     * The judgement of one request: for a failed guard, which one and what blocks it (the claims' quotes).
     * {@code reason} is English; screens build theirs from the verdict, the guard and the blockers.
     */
    public record Decision(WorkflowAction action, Verdict verdict, Guard guard, List<String> blockers,
                           String reason) implements java.io.Serializable {

        public Decision {
            blockers = List.copyOf(blockers);
        }

        public boolean allowed() {
            return verdict == Verdict.ALLOWED;
        }
    }

    /** Who may take an action: holders of some roles, and possibly the story's authors whatever their roles. */
    public record Who(boolean authors, Set<Role> roles) {

        public static Who ANY_OF(Role... roles) {
            return new Who(false, EnumSet.copyOf(List.of(roles)));
        }

        public static Who AUTHOR_OR(Role... roles) {
            return new Who(true, EnumSet.copyOf(List.of(roles)));
        }

        public Who {
            roles = Set.copyOf(roles);
        }

        public boolean includes(Set<Role> held, boolean isAuthor) {
            return authors && isAuthor || held.stream().anyMatch(roles::contains);
        }

        public String describe() {
            List<String> names = new ArrayList<>();
            if (authors) {
                names.add("the story's authors");
            }
            for (Role role : Role.values()) {
                if (roles.contains(role)) {
                    names.add(role.name());
                }
            }
            return String.join(", ", names);
        }
    }
}
