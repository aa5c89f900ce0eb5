package org.newsdesk.account.view;

import org.newsdesk.account.boundary.AccountSummary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** One row of the accounts table, as a JavaBean: Faces 4 expression language does not read record components. */
public class AccountRow implements Serializable {

    private final AccountSummary account;

    public AccountRow(AccountSummary account) {
        this.account = account;
    }

    public String getUsername() {
        return account.username();
    }

    public String getDisplayName() {
        return account.displayName();
    }

    public List<String> getRoles() {
        return account.roles().stream().map(Enum::name).sorted().toList();
    }

    public boolean isEnabled() {
        return account.enabled();
    }

    public boolean isLocked() {
        return account.locked();
    }

    /** As a {@link Date}: Faces 4.0's date converter does not take an {@link Instant}. */
    public Date getCreatedAt() {
        return Date.from(account.createdAt());
    }
}
