package org.newsdesk.account.rest;

import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/** The body of {@code PUT /api/users/{name}/roles}: the complete new set of roles. */
public record RolesJson(@NotEmpty List<String> roles) {
}
