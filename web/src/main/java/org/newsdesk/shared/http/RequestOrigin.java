package org.newsdesk.shared.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who sent a request and how, as far as the configured proxies ({@code newsdesk.proxies}) may be believed: the
 * client address (login throttling, logs), whether the browser used TLS (HSTS, Secure cookies) and the host it
 * asked for (same-origin checks).
 */
@ApplicationScoped
public class RequestOrigin {

    private static final Logger LOG = Logger.getLogger(RequestOrigin.class.getName());

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
}
