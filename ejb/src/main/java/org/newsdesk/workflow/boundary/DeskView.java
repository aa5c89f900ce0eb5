package org.newsdesk.workflow.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * "My desk": the caller's drafts, their fact-check queue, what awaits their review or approval, the scheduled
 * stories and the recently published ones. Each queue holds its overdue stories first.
 */
public record DeskView(List<DeskItem> drafts, List<DeskItem> factCheck, List<DeskItem> awaitingApproval,
                       List<DeskItem> scheduled, List<DeskItem> published) implements Serializable {

    /** What waits for the caller to act on: drafts, fact-checks and approvals. */
    public int waiting() {
        return drafts.size() + factCheck.size() + awaitingApproval.size();
    }
}
