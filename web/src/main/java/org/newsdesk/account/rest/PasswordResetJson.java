package org.newsdesk.account.rest;

/** The answer to a password reset: the temporary password, shown this once. */
public record PasswordResetJson(String username, String temporaryPassword, boolean mustChangePassword) {
}
