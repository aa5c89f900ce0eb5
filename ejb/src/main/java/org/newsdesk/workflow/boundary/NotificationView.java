package org.newsdesk.workflow.boundary;

import org.newsdesk.workflow.entity.NotificationKind;

import java.io.Serializable;
import java.time.Instant;

/**
 * One notification of the caller. {@code text} is English (the API's language); screens build theirs from the kind,
 * the actor, the headline and the detail.
 */
public record NotificationView(String id, Instant at, NotificationKind kind, String storyId, String actor,
                               String headline, String detail, String text, boolean read) implements Serializable {
}
