package org.newsdesk.account.rest;

import org.newsdesk.account.boundary.AccountSummary;

import java.time.Instant;
import java.util.List;

/** An account as the API shows it; the password (hash) never leaves the server. */
public record UserJson(String username, String displayName, List<String> roles, boolean enabled, boolean locked,
                       Instant createdAt) {

    static UserJson of(AccountSummary account) {
        return new UserJson(account.username(), account.displayName(),
                account.roles().stream().map(Enum::name).sorted().toList(), account.enabled(), account.locked(),
                account.createdAt());
    }
}
