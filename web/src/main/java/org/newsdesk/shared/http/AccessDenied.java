package org.newsdesk.shared.http;

import jakarta.servlet.http.HttpServletRequest;

import java.util.logging.Logger;

/**
 * Every refused access (403) goes to the server log: who, what, from where, and why where known. Not an audit
 * event (nothing changed), but what an operator looks for when someone probes for more than their role allows.
 */
public final class AccessDenied {

    private static final Logger LOG = Logger.getLogger(AccessDenied.class.getName());

    private AccessDenied() {
    }

    public static void log(HttpServletRequest request, String user, String address, String reason) {
        String who = user != null ? user : request.getRemoteUser() != null ? request.getRemoteUser() : "anonymous";
        String path = request.getRequestURI();
        String line = "Access denied (403): user=" + who + " " + request.getMethod() + " "
                + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + " from " + address
                + (reason == null ? "" : " (" + reason + ")");
        LOG.warning(() -> line.replaceAll("[\\r\\n]", "_"));
    }
}
