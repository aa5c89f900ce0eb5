package org.newsdesk.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.newsdesk.account.entity.Role;
import org.newsdesk.workflow.entity.StoryState;
import org.newsdesk.workflow.entity.WorkflowAction;
import org.newsdesk.workflow.entity.WorkflowStep;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A story: the thing reporters write and editors publish. It points to its current revision and keeps a copy of
 * the few current values that lists filter and sort by (headline, desk, language, state, last change). The
 * content itself lives in its {@link Revision}s.
 * <p>
 * Its state moves only by the actions of the workflow definition ({@link WorkflowAction}), and a chief editor's
 * approval is bound to the exact revision (number and hash) it approved: any later save voids it.
 */
@Entity
@Table(name = "story")
@DynamicUpdate // a change writes only its columns: a workflow step leaves the search words alone, a save writes them
@NamedQuery(name = Story.FIND_DUE, query = "select s.id from Story s where s.state = "
        + "org.newsdesk.workflow.entity.StoryState.SCHEDULED and s.embargo <= current_timestamp"
        + " and s.id not in :skip order by s.embargo")
@NamedQuery(name = Story.FIND_PUBLISHED, query = "select s from Story s where s.state = "
        + "org.newsdesk.workflow.entity.StoryState.PUBLISHED and s.publishedAt >= :since order by s.publishedAt desc, s.id")
@NamedQuery(name = Story.COUNT_PUBLISHED, query = "select count(s) from Story s where s.state = "
        + "org.newsdesk.workflow.entity.StoryState.PUBLISHED and s.publishedAt >= :since")
public class Story {

    /**
     * Who may start a story (create, import). With {@link #WRITERS} the one rule for the API and the screens;
     * everybody who may log in may read.
     */
    public static final WorkflowAction.Who CREATORS = WorkflowAction.Who.ANY_OF(Role.REPORTER, Role.EDITOR,
            Role.CHIEF_EDITOR);

    /**
     * Who may change a story's content (save, restore, a merge proposal): its authors, whatever roles they hold
     * today, and editors and chief editors. A reporter who wrote none of it, a fact-checker or an admin may not.
     */
    public static final WorkflowAction.Who WRITERS = WorkflowAction.Who.AUTHOR_OR(Role.EDITOR, Role.CHIEF_EDITOR);

    /** Published stories, newest publication first. */
    public static final String FIND_PUBLISHED = "Story.findPublished";
    public static final String COUNT_PUBLISHED = "Story.countPublished";

    /** Scheduled stories whose embargo passed by the database's clock (the scheduler publishes them). */
    public static final String FIND_DUE = "Story.findDue";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StoryState state;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "current_hash", nullable = false)
    private byte[] currentHash;

    @Column(nullable = false, length = 300)
    private String headline;

    @Column(name = "headline_provisional", nullable = false)
    private boolean headlineProvisional;

    @Column(length = 100)
    private String desk;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    /** Not to be published before this time (a copy of the current revision's field, for the scheduler). */
    private Instant embargo;

    @Column(name = "approved_revision")
    private Integer approvedRevision;

    @Column(name = "approved_hash")
    private byte[] approvedHash;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    /**
     * The words of headline, teaser and text for the story list's full-text search, turned into a {@code tsvector}
     * by the database in the same statement that writes the save's other columns (one row write per save). Set only
     * by {@link #revise}; never read back (reads as null).
     */
    @Column(name = "search", columnDefinition = "tsvector")
    @ColumnTransformer(read = "null", write = "to_tsvector('simple', ?)")
    private String searchText;

    @Version
    private long version;

    protected Story() {
        // for JPA
    }

    /** A new draft; its first revision comes from {@link #revise}. */
    public Story(UUID id, String author, Instant now) {
        this.id = id;
        this.state = StoryState.DRAFT;
        this.currentRevision = 0;
        this.currentHash = new byte[0];
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.createdBy = author;
        this.headline = "";
        this.language = "de";
        this.updatedAt = this.createdAt;
        this.updatedBy = author;
    }

    /** Whether a save based on revision {@code base} would overwrite somebody else's newer revision. */
    public boolean isStaleBase(int base) {
        return base != currentRevision;
    }

    /** Spiked and published stories are not edited in place: they are reopened first. */
    public boolean isEditable() {
        return state.editable();
    }

    /** Whether the approval names exactly the current revision (number and content hash). */
    public boolean approvalIsCurrent() {
        return approvedRevision != null && approvedRevision == currentRevision
                && Arrays.equals(approvedHash, currentHash);
    }

    /**
     * Takes a workflow action the definition allowed (the caller asked {@link WorkflowAction#decide}). Approving
     * binds the approval to the current revision; publishing with a future embargo schedules instead; leaving the
     * approved states for work drops the approval.
     */
    public WorkflowStep take(WorkflowAction action, String actor, String comment, Instant now) {
        if (!action.from().contains(state)) {
            throw new IllegalStateException(action.label() + " is not possible in state " + state);
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        StoryState to = action.to(embargo, at);
        if (action == WorkflowAction.APPROVE) {
            approvedRevision = currentRevision;
            approvedHash = currentHash;
            approvedBy = actor;
            approvedAt = at;
        } else if (to != StoryState.APPROVED && to != StoryState.SCHEDULED && to != StoryState.PUBLISHED) {
            dropApproval();
        }
        if (to == StoryState.PUBLISHED) {
            published(at);
        }
        return move(action.label(), to, actor, comment, at);
    }

    /**
     * A save changed an approved (or scheduled) story: the approval no longer holds, the story goes back to review.
     * Returns null when the story had no approval to void.
     */
    public WorkflowStep voidApproval(String actor, Instant now) {
        if (!state.voidsApprovalOnSave()) {
            return null;
        }
        dropApproval();
        return move(WorkflowStep.VOID_APPROVAL, StoryState.EDITOR_REVIEW, actor, "approval voided by revision "
                + currentRevision, now.truncatedTo(ChronoUnit.MICROS));
    }

    /** The embargo of a scheduled story passed: the server publishes it. */
    public WorkflowStep publishScheduled(String actor, String comment, Instant now) {
        if (state != StoryState.SCHEDULED) {
            throw new IllegalStateException("only scheduled stories are published by the server");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        published(at);
        return move(WorkflowStep.PUBLISH_SCHEDULED, StoryState.PUBLISHED, actor, comment, at);
    }

    private void published(Instant at) {
        publishedAt = at;
        if (firstPublishedAt == null) {
            firstPublishedAt = at;
        }
    }

    private void dropApproval() {
        approvedRevision = null;
        approvedHash = null;
        approvedBy = null;
        approvedAt = null;
    }

    private WorkflowStep move(String action, StoryState to, String actor, String comment, Instant at) {
        StoryState from = state;
        state = to;
        return WorkflowStep.of(id, action, from, to, actor, at, comment, currentRevision, currentHash);
    }

    /** Whether the content is what the current revision already holds (a save would change nothing). */
    public boolean holds(StoryContent content) {
        return Arrays.equals(currentHash, content.hash());
    }

    /**
     * Records a new revision with the given content, stored as the given blocks. The caller has checked the base
     * revision and that the content differs.
     */
    public Revision revise(StoryContent content, long fieldsBlock, List<Long> blockIds, String author, String note,
                           int wordsChanged, Instant now) {
        if (holds(content)) {
            throw new IllegalStateException("unchanged content makes no revision");
        }
        currentRevision++;
        currentHash = content.hash();
        headline = content.headline();
        headlineProvisional = content.headlineProvisional();
        desk = content.desk();
        language = content.language();
        embargo = content.embargo();
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = author;
        searchText = content.headline() + "\n" + (content.teaser() == null ? "" : content.teaser()) + "\n"
                + content.canonicalText();
        return new Revision(id, currentRevision, author, updatedAt, note, currentHash, fieldsBlock, blockIds,
                wordsChanged);
    }

    public UUID getId() {
        return id;
    }

    public StoryState getState() {
        return state;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public String getHeadline() {
        return headline;
    }

    public boolean isHeadlineProvisional() {
        return headlineProvisional;
    }

    public String getDesk() {
        return desk;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getEmbargo() {
        return embargo;
    }

    public Integer getApprovedRevision() {
        return approvedRevision;
    }

    public String getApprovedHashHex() {
        return approvedHash == null ? null : java.util.HexFormat.of().formatHex(approvedHash);
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }
}
