package org.newsdesk.account.boundary;

import org.newsdesk.account.entity.ApiToken;

import java.io.Serializable;
import java.time.Instant;

/** What is shown of a personal API token: never its secret. */
public record TokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt)
        implements Serializable {

    static TokenSummary of(ApiToken token) {
        return new TokenSummary(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt());
    }
}
