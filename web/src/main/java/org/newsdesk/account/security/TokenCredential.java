package org.newsdesk.account.security;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token as presented in {@code Authorization: Bearer …}. */
public record TokenCredential(String token) implements Credential {

    @Override
    public String toString() {
        return "TokenCredential[…]";
    }
}
