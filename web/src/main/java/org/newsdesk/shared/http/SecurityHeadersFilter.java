package org.newsdesk.shared.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Sets the security headers of every answer ({@link SecurityHeaders}): screens and personal data are never cached
 * ({@code no-store}; Faces resources and the public feed may be), data answers get a policy that runs nothing,
 * HSTS is sent when the browser came over TLS, and the server does not announce its make and version. Every 403
 * that passes here (API and screens) is logged ({@link AccessDenied}). Form posts to screens that are cross-site or
 * claim a stateless view are refused here ({@link ScreenPostGuard}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    RequestOrigin origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isData(path)) {
            SecurityHeaders.data(response);
        } else {
            SecurityHeaders.common(response);
            if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/feeds/")) {
                SecurityHeaders.noStore(response);
            }
        }
        if (origins.secure(request)) {
            response.setHeader("Strict-Transport-Security", SecurityHeaders.HSTS);
        }
        response.setHeader("X-Powered-By", null);
        response.setHeader("Server", "Newsdesk");
        String refusal = ScreenPostGuard.refusal(request, path, origins);
        if (refusal != null) {
            AccessDenied.log(request, null, origins.clientAddress(request), refusal);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, new Unannounced(response));
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            AccessDenied.log(request, null, origins.clientAddress(request), null);
        }
    }

    /** Data, never a page: the API, the CSV export, the feed, health and the API description. */
    static boolean isData(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/audit/export")
                || path.startsWith("/feeds/") || path.startsWith("/health") || path.startsWith("/openapi");
    }

    /** Keeps later layers from naming the server's make and version. */
    private static final class Unannounced extends HttpServletResponseWrapper {

        Unannounced(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!announces(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!announces(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean announces(String name) {
            return "X-Powered-By".equalsIgnoreCase(name) || "Server".equalsIgnoreCase(name);
        }
    }
}
