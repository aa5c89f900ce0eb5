package org.newsdesk.account.rest;

import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/** The body of {@code PUT /api/users/{name}/roles}: the complete new set of roles. */
public class RolesJson {

    @NotEmpty
    private List<String> roles;

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
