package org.newsdesk.shared.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * CSRF on the screens, beyond the view state: a form post from another site's page is refused (its
 * {@code Sec-Fetch-Site} or {@code Origin} says so, as for the API), and so is a post that claims a stateless view
 * ({@code jakarta.faces.ViewState=stateless}) — Faces would rebuild the page for it and run its action without any
 * view state, and Newsdesk has no stateless views. {@link SecurityHeadersFilter} answers both with 403 before
 * Faces sees the request.
 */
final class ScreenPostGuard {

    /** The request parameter of the Faces view state. */
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private ScreenPostGuard() {
    }

    /** Why this request to a screen is refused, or null. */
    static String refusal(HttpServletRequest request, String path, RequestOrigin origins) {
        if (!"POST".equals(request.getMethod()) || !path.endsWith(".xhtml")) {
            return null;
        }
        if (origins.crossSite(request)) {
            return "a form post from another site";
        }
        return "stateless".equals(request.getParameter(VIEW_STATE)) ? "a post without a view state of its own" : null;
    }
}
