package org.newsdesk.shared.http;

import jakarta.servlet.SessionCookieConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureCookiesTest {

    /** A session cookie configuration that records what was set. */
    private static SessionCookieConfig recording(Map<String, Object> set) {
        return (SessionCookieConfig) Proxy.newProxyInstance(SecureCookiesTest.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length == 1) {
                        set.put(method.getName().substring(3), args[0]);
                    }
                    return null;
                });
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHostBound() {
        Map<String, Object> set = new HashMap<>();
        assertTrue(SecureCookies.apply(recording(set), true));
        assertEquals(true, set.get("Secure"));
        assertEquals(true, set.get("HttpOnly"));
        assertEquals("/", set.get("Path"));
        assertEquals("__Host-JSESSIONID", set.get("Name"));
        assertFalse(set.containsKey("Domain"), "a __Host- cookie has no domain");
    }

    @Test
    void otherwiseThePlatformDecidesPerRequest() {
        Map<String, Object> set = new HashMap<>();
        assertFalse(SecureCookies.apply(recording(set), false));
        assertTrue(set.isEmpty());
    }
}
