package org.newsdesk.account.boundary;

import org.newsdesk.shared.control.Canonical;

import java.util.List;

/** An account to be created, as an administrator enters it. Roles are role names such as {@code EDITOR}. */
public record NewAccount(String username, String displayName, String password, List<String> roles) {

    /** The display name in canonical form (the password is taken exactly as typed). */
    public NewAccount {
        displayName = Canonical.text(displayName);
    }
}
