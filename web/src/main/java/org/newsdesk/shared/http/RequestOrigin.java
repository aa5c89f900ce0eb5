package org.newsdesk.shared.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who sent a request and how, as far as the configured proxies ({@code newsdesk.proxies}) may be believed: the
 * client address (login throttling, logs), whether the browser used TLS (HSTS, Secure cookies) and the host it
 * asked for (same-origin checks).
 */
@ApplicationScoped
public class RequestOrigin {

    private static final Logger LOG = Logger.getLogger(RequestOrigin.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    @ConfigProperty(name = "newsdesk.proxies", defaultValue = " ")
    String configured;

    private Proxies proxies = Proxies.none();

    @PostConstruct
    void parse() {
        proxies = Proxies.parse(configured);
        if (!proxies.isEmpty()) {
            LOG.info(() -> "Forwarded headers are believed from these proxies only: " + configured.strip());
        }
    }

    public String clientAddress(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Whether the browser reached us over TLS, directly or through a trusted proxy that says so. */
    public boolean secure(HttpServletRequest request) {
        return request.isSecure() || proxies.forwarded(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))
                .filter("https"::equalsIgnoreCase).isPresent();
    }

    /** The host (and port) the browser asked for. */
    public String host(HttpServletRequest request) {
        Optional<String> forwarded = proxies.forwarded(request.getRemoteAddr(), request.getHeader("X-Forwarded-Host"));
        return forwarded.orElse(request.getHeader("Host"));
    }

    /**
     * Whether a request that may change something comes from another site's page: {@code Sec-Fetch-Site} other
     * than same-origin or none, or else an {@code Origin} that is not this server. Browsers send at least one of
     * them with every such request; scripts and tools send neither and are not affected.
     */
    public boolean crossSite(HttpServletRequest request) {
        return crossSite(request.getMethod(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                host(request));
    }

    static boolean crossSite(String method, String origin, String fetchSite, String host) {
        if (SAFE_METHODS.contains(method)) {
            return false;
        }
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        return origin != null && !sameOrigin(origin, host);
    }

    /** Whether the page's origin names this server as the browser reached it (host and port). */
    public static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            String expected = host.strip().toLowerCase(Locale.ROOT);
            String actual = authority.toLowerCase(Locale.ROOT);
            return actual.equals(expected) || actual.equals(defaultPortless(expected, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "example.org:443" for https (or ":80" for http) is the same as "example.org". */
    private static String defaultPortless(String host, String scheme) {
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }
}
