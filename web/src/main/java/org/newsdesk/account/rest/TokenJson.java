package org.newsdesk.account.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.newsdesk.account.boundary.NewToken;
import org.newsdesk.account.boundary.TokenSummary;

import java.time.Instant;

/** A personal API token as the API shows it; {@code token} (the secret) only in the answer that created it. */
@JsonbPropertyOrder({"id", "name", "createdAt", "expiresAt", "lastUsedAt", "token"})
public record TokenJson(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        String token) {

    static TokenJson of(TokenSummary summary) {
        return new TokenJson(Long.toString(summary.id()), summary.name(), summary.createdAt(), summary.expiresAt(),
                summary.lastUsedAt(), null);
    }

    static TokenJson of(NewToken created) {
        TokenSummary summary = created.summary();
        return new TokenJson(Long.toString(summary.id()), summary.name(), summary.createdAt(), summary.expiresAt(),
                summary.lastUsedAt(), created.token());
    }
}
