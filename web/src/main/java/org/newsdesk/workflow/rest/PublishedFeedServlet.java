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
 * like without costing the database more than that. Its links use NEWSDESK_PUBLIC_URL (the address readers reach
 * Newsdesk at, e.g. behind a reverse proxy); without it, the server's own address.
 */
@WebServlet("/feeds/published.atom")
public class PublishedFeedServlet extends HttpServlet {

    static final int CACHE_SECONDS = 10;

    private record Cached(Instant at, String xml) {
    }

    private final AtomicReference<Cached> cache = new AtomicReference<>();

    @EJB
    transient Publications publications;

    /** The public address of Newsdesk (NEWSDESK_PUBLIC_URL), for the feed's links. */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsdesk.public.url")
    transient java.util.Optional<String> publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cached cached = cache.get();
        if (cached == null || Duration.between(cached.at(), Instant.now()).getSeconds() >= CACHE_SECONDS) {
            cached = rebuild(request);
        }
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=" + CACHE_SECONDS);
        response.getWriter().write(cached.xml());
    }

    /** One request rebuilds an expired feed; the others that arrive meanwhile wait and take it. */
    private synchronized Cached rebuild(HttpServletRequest request) {
        Cached cached = cache.get();
        if (cached == null || Duration.between(cached.at(), Instant.now()).getSeconds() >= CACHE_SECONDS) {
            cached = new Cached(Instant.now(), publications.atom(base(request)));
            cache.set(cached);
        }
        return cached;
    }

    /**
     * The configured public address; without one, the address the server was reached on by its own interface
     * (never the Host header a caller sends, which would put another site's links into everybody's feed).
     */
    private String base(HttpServletRequest request) {
        if (publicUrl.isPresent() && !publicUrl.get().isBlank()) {
            String url = publicUrl.get().strip();
            return url.endsWith("/") ? url : url + "/";
        }
        String host = request.getLocalName();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath() + "/";
    }
}
