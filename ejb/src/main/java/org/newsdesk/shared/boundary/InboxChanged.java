package org.newsdesk.shared.boundary;

import java.util.Set;

/**
 * Fired inside the transaction that wrote notifications for these users. Their open pages hear of it through
 * {@link ChangeFeed}, after the commit only: a change that is rolled back tells nobody.
 */
public record InboxChanged(Set<String> users) {

    public InboxChanged {
        users = Set.copyOf(users);
    }
}
