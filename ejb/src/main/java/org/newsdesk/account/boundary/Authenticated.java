package org.newsdesk.account.boundary;

import org.newsdesk.account.entity.Role;

import java.util.Set;

/** A successfully authenticated person, with the roles to grant for this request or session. */
public record Authenticated(String username, String displayName, Set<Role> roles) {
}
