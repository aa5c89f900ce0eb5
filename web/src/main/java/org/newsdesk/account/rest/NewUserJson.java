package org.newsdesk.account.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /api/users}. */
public record NewUserJson(@NotBlank @Size(max = 64) String username,
                          @Size(max = 200) String displayName,
                          @NotBlank @Size(min = 12, max = 256) String password,
                          @NotEmpty List<String> roles) {
}
