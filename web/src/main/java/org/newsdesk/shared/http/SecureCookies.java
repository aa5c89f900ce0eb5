package org.newsdesk.shared.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * The session cookie over TLS. Payara marks it {@code Secure} by itself when a request arrives over TLS; behind a
 * proxy that ends TLS the request arrives in plain HTTP, so the operator says so ({@code NEWSDESK_SECURE_COOKIES=true})
 * and the cookie is always {@code Secure} and named {@code __Host-JSESSIONID} (the browser then accepts it only
 * over HTTPS, for this host, for every path — never set by a sibling domain).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    public static final String PROPERTY = "newsdesk.secure-cookies";
    static final String HOST_NAME = "__Host-JSESSIONID";
    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue(PROPERTY, Boolean.class).orElse(false);
        if (apply(event.getServletContext().getSessionCookieConfig(), secure)) {
            LOG.info("Session cookie: Secure, named " + HOST_NAME + " (" + PROPERTY + ")");
        }
    }

    /** Returns whether the cookie was made secure. */
    static boolean apply(SessionCookieConfig cookie, boolean secure) {
        if (!secure) {
            return false;
        }
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setName(HOST_NAME);
        return true;
    }
}
