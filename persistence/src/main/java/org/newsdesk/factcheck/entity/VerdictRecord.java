package org.newsdesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One rating of a claim, kept for ever: the history of verdicts shows how a check developed. */
@Entity
@Table(name = "claim_verdict")
@NamedQuery(name = VerdictRecord.FIND_BY_CLAIM,
        query = "select v from VerdictRecord v where v.claimId = :claim order by v.id")
public class VerdictRecord {

    public static final String FIND_BY_CLAIM = "VerdictRecord.findByClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;

    @Column(nullable = false, length = 20)
    private Verdict verdict;

    private String rationale;

    @Column(nullable = false)
    private String sources;

    @Column(name = "checked_by", nullable = false, length = 64)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(nullable = false)
    private int revision;

    @Column(name = "rated_text", nullable = false)
    private String ratedText;

    protected VerdictRecord() {
        // for JPA
    }

    VerdictRecord(UUID claimId, Verdict verdict, String rationale, String sources, String checkedBy, Instant checkedAt,
                  int revision, String ratedText) {
        this.claimId = claimId;
        this.verdict = verdict;
        this.rationale = rationale;
        this.sources = sources;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
        this.revision = revision;
        this.ratedText = ratedText;
    }

    public Long getId() {
        return id;
    }

    public UUID getClaimId() {
        return claimId;
    }

    public Verdict getVerdict() {
        return verdict;
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

    public int getRevision() {
        return revision;
    }

    public String getRatedText() {
        return ratedText;
    }
}
