package org.newsdesk.account.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/me/password}: {@code {"current","new"}}. */
public class PasswordChangeJson {

    @NotNull
    private String current;

    @NotNull
    @JsonbProperty("new")
    private String next;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    @JsonbProperty("new")
    public String getNext() {
        return next;
    }

    @JsonbProperty("new")
    public void setNext(String next) {
        this.next = next;
    }
}
