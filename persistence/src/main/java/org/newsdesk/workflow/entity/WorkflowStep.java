package org.newsdesk.workflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One move of a story through the workflow, kept for ever: who took which action, when, from which state to which,
 * with which comment, on which revision. Besides the actions of {@link WorkflowAction} the history holds the moves
 * Newsdesk makes itself: an approval voided by a save, and a scheduled story published when its embargo passed.
 */
@Entity
@Table(name = "workflow_step")
@NamedQuery(name = WorkflowStep.FIND_BY_STORY,
        query = "select s from WorkflowStep s where s.storyId = :story order by s.id")
public class WorkflowStep {

    public static final String FIND_BY_STORY = "WorkflowStep.findByStory";
    /** A save changed an approved story: back to review. */
    public static final String VOID_APPROVAL = "void-approval";
    /** The server published a scheduled story when its embargo passed. */
    public static final String PUBLISH_SCHEDULED = "publish-scheduled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "story_id", nullable = false)
    private UUID storyId;

    @Column(nullable = false, length = 32)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private StoryState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private StoryState toState;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    @Column(length = 4000)
    private String comment;

    @Column(nullable = false)
    private int revision;

    @Column(name = "revision_hash", nullable = false)
    private byte[] revisionHash;

    protected WorkflowStep() {
        // for JPA
    }

    WorkflowStep(UUID storyId, String action, StoryState from, StoryState to, String actor, Instant at,
                 String comment, int revision, byte[] revisionHash) {
        this.storyId = storyId;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.actor = actor;
        this.at = at;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.revision = revision;
        this.revisionHash = revisionHash.clone();
    }

    /** For {@link org.newsdesk.story.entity.Story}, which takes the steps (the constructor stays in this package). */
    public static WorkflowStep of(UUID storyId, String action, StoryState from, StoryState to, String actor,
                                  Instant at, String comment, int revision, byte[] revisionHash) {
        return new WorkflowStep(storyId, action, from, to, actor, at, comment, revision, revisionHash);
    }

    public Long getId() {
        return id;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public String getAction() {
        return action;
    }

    public StoryState getFromState() {
        return fromState;
    }

    public StoryState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }

    public int getRevision() {
        return revision;
    }

    public String getRevisionHashHex() {
        return HexFormat.of().formatHex(revisionHash);
    }
}
