package org.newsdesk.shared.http;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxiesTest {

    private final Proxies proxies = Proxies.parse("10.0.0.1, 192.168.0.0/16, ::1");

    @Test
    void addressesAndRangesAreTrusted() {
        assertTrue(proxies.trusts("10.0.0.1"));
        assertFalse(proxies.trusts("10.0.0.2"));
        assertTrue(proxies.trusts("192.168.44.3"));
        assertFalse(proxies.trusts("192.169.0.1"));
        assertTrue(proxies.trusts("0:0:0:0:0:0:0:1"));
        assertFalse(proxies.trusts("proxy.example.org"), "names are never looked up");
        assertTrue(Proxies.parse("2001:db8::/32").trusts("2001:db8:ffff::1"));
    }

    @Test
    void forwardedForCountsOnlyFromAProxyAndOnlyItsRightmostUntrustedHop() {
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", "1.2.3.4"), "not from a proxy: the peer");
        assertEquals("198.51.100.7", proxies.client("10.0.0.1", "1.2.3.4, 198.51.100.7"),
                "the left part is the client's to write");
        assertEquals("198.51.100.7", proxies.client("10.0.0.1", "198.51.100.7, 192.168.1.1"),
                "our own proxies in the chain are skipped");
        assertEquals("10.0.0.1", proxies.client("10.0.0.1", "not-an-address"));
        assertEquals("10.0.0.1", proxies.client("10.0.0.1", null));
    }

    @Test
    void forwardedProtoAndHostOnlyFromAProxy() {
        assertEquals(Optional.of("https"), proxies.forwarded("10.0.0.1", "https"));
        assertEquals(Optional.empty(), proxies.forwarded("203.0.113.9", "https"));
        assertEquals(Optional.of("newsdesk.example.org"),
                proxies.forwarded("10.0.0.1", "evil.example, newsdesk.example.org"));
    }

    @Test
    void nothingConfiguredTrustsNobody() {
        assertTrue(Proxies.parse(" ").isEmpty());
        assertEquals("127.0.0.1", Proxies.parse("").client("127.0.0.1", "1.2.3.4"));
    }

    @Test
    void aWrongEntryIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Proxies.parse("10.0.0.1, proxy.local"));
        assertTrue(e.getMessage().contains("proxy.local"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Proxies.parse("10.0.0.0/33"));
    }

    @Test
    void aHugeForwardedHeaderIsNotWalkedToTheEnd() {
        String header = "198.51.100.1, ".repeat(100_000) + "10.0.0.1";
        assertEquals("10.0.0.2", Proxies.parse("10.0.0.0/8").client("10.0.0.1",
                "198.51.100.1, " + "10.0.0.2, ".repeat(50) + "10.0.0.1"),
                "only the last 20 hops are looked at: the client hides behind too many proxies");
        assertEquals("198.51.100.1", proxies.client("10.0.0.1", header));
    }
}
