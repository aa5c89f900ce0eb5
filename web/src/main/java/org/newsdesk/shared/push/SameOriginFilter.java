package org.newsdesk.shared.push;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.shared.http.RequestOrigin;

import java.io.IOException;

/**
 * Live-update sockets only for pages of Newsdesk itself: a browser sends the session cookie with a websocket
 * handshake whatever page opens it, so a handshake whose {@code Origin} is another site is refused (403) before
 * it is upgraded. Browsers always send {@code Origin} with websocket handshakes. Behind a reverse proxy that
 * rewrites {@code Host}, the proxy's {@code X-Forwarded-Host} names the server as the browser reached it; that
 * header is believed only from a configured proxy ({@link RequestOrigin}), never from anyone else.
 */
@WebFilter("/updates/*")
public class SameOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin != null && !RequestOrigin.sameOrigin(origin, origins.host(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Live updates only for Newsdesk's own pages");
            return;
        }
        chain.doFilter(request, response);
    }
}
