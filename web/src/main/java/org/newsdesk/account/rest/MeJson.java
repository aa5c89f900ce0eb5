package org.newsdesk.account.rest;

import java.util.List;

/** {@code GET /api/me}: the caller, their roles, and their two-factor login. */
public record MeJson(String username, List<String> roles, TwoFactor twoFactor) {

    /** On or off, required by a role, recovery codes left. */
    public record TwoFactor(boolean enabled, boolean required, int recoveryCodesLeft) {
    }
}
