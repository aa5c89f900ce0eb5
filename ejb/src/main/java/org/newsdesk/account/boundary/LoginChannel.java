package org.newsdesk.account.boundary;

/** How someone logs in: the browser's login form, or HTTP Basic on an API call. */
public enum LoginChannel {
    UI, API
}
