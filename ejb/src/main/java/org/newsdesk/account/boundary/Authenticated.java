package org.newsdesk.account.boundary;

import org.newsdesk.account.entity.Role;

import java.util.Set;

/**
 * A successfully authenticated person, with the roles to grant for this request or session. An account whose
 * password an admin reset must choose a new one before it may do anything else; an account with two-factor login
 * whose password was right still has to pass the second step ({@code secondStepRequired}) before it is logged in.
 */
public record Authenticated(String username, String displayName, Set<Role> roles, boolean mustChangePassword,
                            boolean secondStepRequired) {
}
