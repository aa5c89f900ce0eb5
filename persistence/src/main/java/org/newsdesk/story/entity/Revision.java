package org.newsdesk.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One saved state of a story, kept for ever: who saved it, when, with which change note, and what it contained
 * (the ids of its blocks and of its fields block). Never changed or deleted; a restore creates a new revision.
 */
@Entity
@Table(name = "revision")
@IdClass(RevisionId.class)
@NamedQuery(name = Revision.FIND_BY_STORY,
        query = "select r from Revision r where r.storyId = :story order by r.number")
@NamedQuery(name = Revision.BY_AUTHOR,
        query = "select r.number from Revision r where r.storyId = :story and r.author = :author")
@NamedQuery(name = Revision.AUTHORS,
        query = "select distinct r.author from Revision r where r.storyId = :story")
public class Revision {

    /** Everybody who saved a revision of a story. */
    public static final String AUTHORS = "Revision.authors";

    public static final String FIND_BY_STORY = "Revision.findByStory";
    /** The numbers of the revisions one author saved of a story. */
    public static final String BY_AUTHOR = "Revision.byAuthor";

    @Id
    @Column(name = "story_id")
    private UUID storyId;

    @Id
    private int number;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private byte[] hash;

    @Column(name = "fields_block", nullable = false)
    private long fieldsBlock;

    @Column(nullable = false)
    private byte[] layout;

    @Column(name = "words_changed", nullable = false)
    private int wordsChanged;

    protected Revision() {
        // for JPA
    }

    Revision(UUID storyId, int number, String author, Instant createdAt, String note, byte[] hash, long fieldsBlock,
             List<Long> blockIds, int wordsChanged) {
        this.storyId = storyId;
        this.number = number;
        this.author = author;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.hash = hash.clone();
        this.fieldsBlock = fieldsBlock;
        this.layout = BlockLayout.encode(blockIds);
        this.wordsChanged = wordsChanged;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public int getNumber() {
        return number;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }

    public String getHashHex() {
        return HexFormat.of().formatHex(hash);
    }

    public long getFieldsBlock() {
        return fieldsBlock;
    }

    /** The ids of the body blocks, in order. */
    public List<Long> getBlockIds() {
        return BlockLayout.decode(layout);
    }

    /** How many words were inserted or deleted compared with the revision before (all words for the first). */
    public int getWordsChanged() {
        return wordsChanged;
    }
}
