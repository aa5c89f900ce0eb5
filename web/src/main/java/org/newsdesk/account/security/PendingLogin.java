package org.newsdesk.account.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A login whose password was right and whose second step is outstanding; kept in the session for 5 minutes. */
public record PendingLogin(String username, Instant since) implements Serializable {

    public static final String ATTRIBUTE = PendingLogin.class.getName();
    static final Duration LIFETIME = Duration.ofMinutes(5);

    public boolean expiredAt(Instant now) {
        return !now.isBefore(since.plus(LIFETIME));
    }
}
