package org.newsdesk.account.rest;

/** The body of {@code POST /api/me/tokens}: what the token is for, and its lifetime in days (default 90). */
public class NewTokenJson {

    private String name;
    private Integer expiresInDays;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }
}
