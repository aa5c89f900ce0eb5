package org.newsdesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A message in the discussion of a claim ("source two says 28, not 30"); a reply names the comment it answers. */
@Entity
@Table(name = "claim_comment")
@NamedQuery(name = ClaimComment.FIND_BY_CLAIMS,
        query = "select c from ClaimComment c where c.claimId in :claims order by c.id")
public class ClaimComment {

    public static final String FIND_BY_CLAIMS = "ClaimComment.findByClaims";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 4000)
    private String text;

    protected ClaimComment() {
        // for JPA
    }

    public ClaimComment(UUID claimId, Long parentId, String author, String text, Instant now) {
        this.claimId = claimId;
        this.parentId = parentId;
        this.author = author;
        this.text = text;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long getId() {
        return id;
    }

    public UUID getClaimId() {
        return claimId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getText() {
        return text;
    }
}
