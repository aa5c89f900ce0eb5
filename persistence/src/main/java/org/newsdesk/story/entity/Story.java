package org.newsdesk.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
 * A story in state DRAFT is being written; later states belong to the workflow.
 */
@Entity
@Table(name = "story")
public class Story {

    public static final String DRAFT = "DRAFT";
    /** Killed: kept with its history, but no longer worked on until an editor reopens it. */
    public static final String SPIKED = "SPIKED";
    /** Out in the world: a change needs an editor to reopen it first (a correction). */
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    private UUID id;

    @Column(nullable = false, length = 20)
    private String state;

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

    @Version
    private long version;

    protected Story() {
        // for JPA
    }

    /** A new draft; its first revision comes from {@link #revise}. */
    public Story(UUID id, String author, Instant now) {
        this.id = id;
        this.state = DRAFT;
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
        return isEditable(state);
    }

    /** The rule of {@link #isEditable()} for a story in {@code state}, for views that carry only the state. */
    public static boolean isEditable(String state) {
        return !SPIKED.equals(state) && !PUBLISHED.equals(state);
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
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = author;
        return new Revision(id, currentRevision, author, updatedAt, note, currentHash, fieldsBlock, blockIds,
                wordsChanged);
    }

    public UUID getId() {
        return id;
    }

    public String getState() {
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
}
