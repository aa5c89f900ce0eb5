package org.newsdesk.account.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /api/users}. A JavaBean rather than a record: Payara's OpenAPI generator fails on
 * Bean Validation annotations of record components.
 */
public class NewUserJson {

    @NotBlank
    @Size(max = 64)
    private String username;

    @Size(max = 200)
    private String displayName;

    @NotBlank
    @Size(min = 12, max = 256)
    private String password;

    @NotEmpty
    private List<String> roles;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
