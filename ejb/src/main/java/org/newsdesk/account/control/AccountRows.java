package org.newsdesk.account.control;

import jakarta.persistence.EntityManager;
import org.newsdesk.account.entity.Account;
import org.newsdesk.account.entity.ApiToken;
import org.newsdesk.shared.boundary.NotFoundException;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Finding and row-locking accounts, for the services that change them. */
public final class AccountRows {

    private AccountRows() {
    }

    /** A typed user name as stored: trimmed, lower case. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<Account> find(EntityManager em, String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", normalise(username))
                .getResultStream()
                .findFirst();
    }

    /** The account of that name; a missing one is a 404 for the caller. */
    public static Account get(EntityManager em, String username) {
        return find(em, username).orElseThrow(() -> new NotFoundException("No account named '" + username + "'"));
    }

    /**
     * The account's current state, read under a row lock held to the end of the transaction. The lock is taken
     * by plain SQL first: Hibernate locks an entity with an eagerly joined collection in a second statement that
     * compares the version read before, which fails exactly when a parallel login changed the row meanwhile.
     */
    public static Account lock(EntityManager em, Account account) {
        em.createNativeQuery("select id from account where id = ?1 for update")
                .setParameter(1, account.getId())
                .getSingleResult();
        em.refresh(account);
        return account;
    }

    /** Revokes every active API token of an account (a password reset); returns how many there were. */
    public static int revokeTokens(EntityManager em, Account account, Instant now) {
        int revoked = 0;
        for (ApiToken token : em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class)
                .setParameter("account", account).getResultList()) {
            if (token.revoke(now)) {
                revoked++;
            }
        }
        return revoked;
    }
}
