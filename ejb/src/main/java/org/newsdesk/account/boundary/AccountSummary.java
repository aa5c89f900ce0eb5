package org.newsdesk.account.boundary;

import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What may be shown of an account: never its password hash. */
public record AccountSummary(String username, String displayName, Set<Role> roles, boolean enabled,
                             boolean locked, Instant createdAt) implements Serializable {

    static AccountSummary of(Account account, Instant now) {
        return new AccountSummary(account.getUsername(), account.getDisplayName(), Set.copyOf(account.getRoles()),
                account.isEnabled(), account.isLockedAt(now), account.getCreatedAt());
    }
}
