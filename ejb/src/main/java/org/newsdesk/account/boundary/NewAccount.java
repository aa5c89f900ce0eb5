package org.newsdesk.account.boundary;

import java.util.List;

/** An account to be created, as an administrator enters it. Roles are role names such as {@code EDITOR}. */
public record NewAccount(String username, String displayName, String password, List<String> roles) {
}
