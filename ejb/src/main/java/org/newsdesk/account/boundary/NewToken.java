package org.newsdesk.account.boundary;

/** A token just created: the only time its secret ({@code token}) is shown. */
public record NewToken(TokenSummary summary, String token) {
}
