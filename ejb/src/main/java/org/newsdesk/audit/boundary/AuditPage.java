package org.newsdesk.audit.boundary;

import java.util.List;

/**
 * One page of the audit log, newest first. {@code next} is the cursor of the following page (pass it as
 * {@code before}), null on the last page; there is no total, which would cost a count of millions of rows.
 */
public record AuditPage(List<AuditEntry> items, String next, int size) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
