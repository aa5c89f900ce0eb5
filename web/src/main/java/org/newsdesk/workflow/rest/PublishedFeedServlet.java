package org.newsdesk.workflow.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsdesk.workflow.boundary.Publications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /feeds/published.atom}: the newest published stories as Atom, for feed readers. Public, like what it
 * lists; the feed is built at most once every {@value #CACHE_SECONDS} seconds, so anybody may ask as often as they
 * like without costing the database more than that (its links use the address of the request that built it).
 */
@WebServlet("/feeds/published.atom")
public class PublishedFeedServlet extends HttpServlet {

    static final int CACHE_SECONDS = 10;

    private record Cached(Instant at, String xml) {
    }

    private final AtomicReference<Cached> cache = new AtomicReference<>();

    @EJB
    transient Publications publications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getServletPath().length()) + "/";
        Cached cached = cache.get();
        Instant now = Instant.now();
        // not keyed by the address asked for: a caller varying the Host header must not defeat the cache
        if (cached == null || Duration.between(cached.at(), now).getSeconds() >= CACHE_SECONDS) {
            cached = new Cached(now, publications.atom(base));
            cache.set(cached);
        }
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=" + CACHE_SECONDS);
        response.getWriter().write(cached.xml());
    }
}
