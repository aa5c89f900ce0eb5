package org.newsdesk.workflow.boundary;

import java.io.Serializable;
import java.time.Instant;

/** Who works on a story next, in which role, by when, how urgently. */
public record AssignmentView(String role, String user, Instant deadline, String priority, String assignedBy,
                             Instant assignedAt) implements Serializable {
}
