package org.newsdesk.shared.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer. Screens (Faces pages) get their Content-Security-Policy from PrimeFaces,
 * which adds each page's script nonce (web.xml: {@code primefaces.CSP_POLICY}); everything else — the API, exports,
 * feeds, health — is data that no browser should ever run or frame, and gets {@link #DATA_POLICY}.
 */
public final class SecurityHeaders {

    /** For answers that are data: nothing may run, load, frame or submit. */
    public static final String DATA_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";
    /** A year; sent only over TLS (directly or through a configured proxy). */
    public static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** The headers of every answer: no sniffing, no framing, no referrer to other sites. */
    public static void common(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    }

    /** An answer that is data and personal (the API, exports): no script, no cache. */
    public static void data(HttpServletResponse response) {
        common(response);
        response.setHeader("Content-Security-Policy", DATA_POLICY);
        noStore(response);
    }

    public static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }
}
