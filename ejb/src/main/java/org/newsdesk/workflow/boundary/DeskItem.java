package org.newsdesk.workflow.boundary;

import org.newsdesk.workflow.entity.StoryState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A story as a desk or the board shows it: headline, state, who it is assigned to (with the earliest deadline and the
 * highest priority), its claims by verdict, and the times that matter for its queue.
 *
 * @param assignees   "ROLE:user" of its assignments
 * @param verdicts    verdict label → number of claims
 * @param overdue     its deadline passed
 */
public record DeskItem(String id, String headline, StoryState state, List<String> assignees, Instant deadline,
                       String priority, boolean overdue, Instant embargo, Instant publishedAt, Instant updatedAt,
                       String updatedBy, Map<String, Integer> verdicts) implements Serializable {

    public DeskItem {
        assignees = List.copyOf(assignees);
        verdicts = Map.copyOf(verdicts);
    }
}
