package org.newsdesk.account.boundary;

import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.Role;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An enabled account as a logged-in session sees it on each request: its roles now, whether it must choose a new
 * password or set up two-factor login (its role requires it) first, and from when on sessions are accepted (a
 * password change or reset ends older ones).
 */
public record ActiveAccount(Set<String> roles, boolean mustChangePassword, boolean mustEnrollTwoFactor,
                            Instant sessionsValidAfter) {

    static ActiveAccount of(Account account) {
        return new ActiveAccount(account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.isMustChangePassword(), !account.hasTwoFactor() && TwoFactorService.required(account),
                account.getSessionsValidAfter());
    }

    /** Whether a session that logged in at {@code loginAt} may go on. */
    public boolean acceptsSessionFrom(Instant loginAt) {
        return sessionsValidAfter == null || !loginAt.isBefore(sessionsValidAfter);
    }
}
