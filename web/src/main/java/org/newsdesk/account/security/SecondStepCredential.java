package org.newsdesk.account.security;

import jakarta.security.enterprise.credential.Credential;

/** The code of a login's second step (from the authenticator app, or a recovery code). */
public record SecondStepCredential(String code) implements Credential {

    @Override
    public String toString() {
        return "SecondStepCredential[…]";
    }
}
