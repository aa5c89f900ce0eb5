package org.newsdesk.workflow.entity;

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

/**
 * A message in one user's notification centre: what happened to which story, who did it. Written in the
 * transaction of the change it tells about, so a change that is rolled back leaves no notification behind; the only
 * thing that ever changes is that its user read it.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FIND_FOR_USER,
        query = "select n from Notification n where n.username = :user and (:unread = false or n.readAt is null)"
                + " order by n.id desc")
@NamedQuery(name = Notification.COUNT_FOR_USER,
        query = "select count(n) from Notification n where n.username = :user and (:unread = false or n.readAt is null)")
public class Notification {

    public static final String FIND_FOR_USER = "Notification.findForUser";
    public static final String COUNT_FOR_USER = "Notification.countForUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "story_id", nullable = false)
    private UUID storyId;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 300)
    private String headline;

    /** The comment of a return, the quote of a claim to re-check, the revision that voided an approval. */
    @Column(length = 1000)
    private String detail;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(String username, NotificationKind kind, UUID storyId, String actor, String headline,
                        String detail, Instant now) {
        this.username = username;
        this.kind = kind;
        this.storyId = storyId;
        this.actor = actor;
        this.headline = headline.length() > 300 ? headline.substring(0, 300) : headline;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
        this.at = now.truncatedTo(ChronoUnit.MICROS);
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The English text of the API; screens build theirs from the kind in the user's language. */
    public String text() {
        String story = "„" + headline + "“";
        return switch (kind) {
            case ASSIGNED -> actor + " assigned " + story + " to you" + (detail == null ? "" : " (" + detail + ")");
            case SUBMITTED -> story + " was submitted by " + actor + " and waits for the fact-check";
            case CHECKED -> story + " was checked by " + actor + " and waits for review and approval";
            case RETURNED -> actor + " returned " + story + (detail == null ? "" : ": " + detail);
            case APPROVED -> actor + " approved " + story;
            case APPROVAL_VOIDED -> "Your approval of " + story + " was voided: " + actor + " saved "
                    + (detail == null ? "a new revision" : detail);
            case NEEDS_RECHECK -> "A claim you rated in " + story + " changed and needs a re-check"
                    + (detail == null ? "" : ": „" + detail + "“");
            case PUBLISHED -> story + " was published" + (actor.equals("system") ? " when its embargo passed"
                    : " by " + actor);
        };
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAt() {
        return at;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public String getActor() {
        return actor;
    }

    public String getHeadline() {
        return headline;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
