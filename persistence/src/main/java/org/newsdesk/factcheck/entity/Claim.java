package org.newsdesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A check-worthy statement a fact-checker marked in a story. It remembers what was marked (the W3C
 * TextQuoteSelector: exact quote with 32 characters of context, and the position in the revision it was marked
 * on) and where it stands in the story's current revision (its anchor: intact, modified or orphaned).
 * <p>
 * The current verdict is kept here too; every rating is also kept for ever as a {@link VerdictRecord}. A rated
 * claim whose anchor is no longer intact <em>needs a re-check</em>: what was checked is no longer what would be
 * published. Rating it again moves the quote to the current wording; rating an orphaned claim again keeps its last
 * wording and settles the re-check until the passage comes back.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = Claim.FIND_BY_STORY, query = "select c from Claim c where c.storyId = :story order by c.createdAt, c.id")
public class Claim {

    public static final String FIND_BY_STORY = "Claim.findByStory";

    @Id
    private UUID id;

    @Column(name = "story_id", nullable = false)
    private UUID storyId;

    @Column(nullable = false)
    private String quote;

    @Column(nullable = false, length = 64)
    private String prefix;

    @Column(nullable = false, length = 64)
    private String suffix;

    @Column(name = "created_revision", nullable = false)
    private int createdRevision;

    @Column(name = "created_start", nullable = false)
    private int createdStart;

    @Column(name = "created_end", nullable = false)
    private int createdEnd;

    @Column(length = 1000)
    private String note;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "anchor_status", nullable = false, length = 10)
    private AnchorStatus anchorStatus;

    @Column(name = "anchor_start")
    private Integer anchorStart;

    @Column(name = "anchor_end")
    private Integer anchorEnd;

    @Column(name = "anchor_text")
    private String anchorText;

    /** The revision since which the anchor stands as it is (a save that leaves it in place does not touch it). */
    @Column(name = "anchor_revision", nullable = false)
    private int anchorRevision;

    @Column(nullable = false, length = 20)
    private Verdict verdict;

    private String rationale;

    /** JSON array of {url, title, accessed}. */
    @Column(nullable = false)
    private String sources;

    @Column(name = "checked_by", length = 64)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "checked_revision")
    private Integer checkedRevision;

    /** Rated while orphaned: the rating stands for the last wording, no re-check while it stays orphaned. */
    @Column(name = "rated_orphaned", nullable = false)
    private boolean ratedOrphaned;

    private String resolution;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Claim() {
        // for JPA
    }

    /** Marks a claim in revision {@code revision} of a story, at [start, end) of its canonical text. */
    public Claim(UUID storyId, int revision, String quote, String prefix, String suffix, int start, int end,
                 String note, String author, Instant now) {
        this.id = UUID.randomUUID();
        this.storyId = storyId;
        this.quote = quote;
        this.prefix = prefix;
        this.suffix = suffix;
        this.createdRevision = revision;
        this.createdStart = start;
        this.createdEnd = end;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.createdBy = author;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.anchorStatus = AnchorStatus.INTACT;
        this.anchorStart = start;
        this.anchorEnd = end;
        this.anchorText = quote;
        this.anchorRevision = revision;
        this.verdict = Verdict.UNCHECKED;
        this.sources = "[]";
    }

    /**
     * Where the claim stands in revision {@code revision} (after re-anchoring). Returns whether it changed; when it
     * did not, nothing is touched (the anchor still stands as of its {@code anchorRevision}), so a save writes only
     * the claims whose anchor moved.
     */
    public boolean anchorAt(int revision, AnchorStatus status, Integer start, Integer end, String text) {
        boolean changed = status != anchorStatus || !java.util.Objects.equals(start, anchorStart)
                || !java.util.Objects.equals(end, anchorEnd) || !java.util.Objects.equals(text, anchorText);
        if (!changed) {
            return false;
        }
        anchorRevision = revision;
        if (status != AnchorStatus.ORPHANED) {
            ratedOrphaned = false;
        }
        anchorStatus = status;
        anchorStart = start;
        anchorEnd = end;
        anchorText = text;
        return changed;
    }

    /**
     * Rates the claim against its current wording in revision {@code revision}. The quote moves to that wording
     * (with its new context), so the claim is intact again. An orphaned claim has no current wording: its rating
     * stands for the last wording (the quote stays), and it needs no re-check while it stays orphaned.
     */
    public VerdictRecord rate(Verdict newVerdict, String newRationale, String sourcesJson, String checker,
                              int revision, String prefixNow, String suffixNow, Instant now) {
        if (anchorStatus == AnchorStatus.ORPHANED) {
            ratedOrphaned = true;
        } else {
            quote = anchorText;
            prefix = prefixNow;
            suffix = suffixNow;
            anchorStatus = AnchorStatus.INTACT;
            ratedOrphaned = false;
        }
        verdict = newVerdict;
        rationale = newRationale;
        sources = sourcesJson;
        checkedBy = checker;
        checkedAt = now.truncatedTo(ChronoUnit.MICROS);
        checkedRevision = revision;
        return new VerdictRecord(id, newVerdict, newRationale, sourcesJson, checker, checkedAt, revision, quote);
    }

    /** How an editor handled a false or misleading claim (corrected, removed, context added, …). */
    public void resolve(String text, String editor, Instant now) {
        resolution = text;
        resolvedBy = editor;
        resolvedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isRated() {
        return verdict != Verdict.UNCHECKED;
    }

    /** Rated, but the rated wording is no longer what the story says (and nobody rated it since it went). */
    public boolean needsRecheck() {
        return isRated() && anchorStatus != AnchorStatus.INTACT && !(anchorStatus == AnchorStatus.ORPHANED && ratedOrphaned);
    }

    public Verdict verdict() {
        return verdict;
    }

    public UUID getId() {
        return id;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public String getQuote() {
        return quote;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    public int getCreatedRevision() {
        return createdRevision;
    }

    public int getCreatedStart() {
        return createdStart;
    }

    public int getCreatedEnd() {
        return createdEnd;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public AnchorStatus getAnchorStatus() {
        return anchorStatus;
    }

    public Integer getAnchorStart() {
        return anchorStart;
    }

    public Integer getAnchorEnd() {
        return anchorEnd;
    }

    public String getAnchorText() {
        return anchorText;
    }

    public int getAnchorRevision() {
        return anchorRevision;
    }

    public String getRationale() {
        return rationale;
    }

    public String getSources() {
        return sources;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Integer getCheckedRevision() {
        return checkedRevision;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
