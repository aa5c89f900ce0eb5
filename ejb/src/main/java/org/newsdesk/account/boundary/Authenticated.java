package org.newsdesk.account.boundary;

import org.newsdesk.account.entity.Role;

import java.util.Set;

/**
 * A successfully authenticated person, with the roles to grant for this request or session. An account whose
 * password an admin reset must choose a new one before it may do anything else.
 */
public record Authenticated(String username, String displayName, Set<Role> roles, boolean mustChangePassword) {
}
