package org.newsdesk.account.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void theFailureThatReachesTheLimitBlocksTheAddressForOneWindow() {
        AddressThrottle throttle = new AddressThrottle(3, WINDOW, 100);
        assertTrue(throttle.recordFailure("203.0.113.7", T0).isEmpty());
        assertTrue(throttle.recordFailure("203.0.113.7", T0.plusSeconds(1)).isEmpty());
        assertTrue(throttle.blockedUntil("203.0.113.7", T0.plusSeconds(2)).isEmpty());
        Optional<Instant> until = throttle.recordFailure("203.0.113.7", T0.plusSeconds(2));
        assertEquals(Optional.of(T0.plusSeconds(2).plus(WINDOW)), until);
        assertEquals(until, throttle.blockedUntil("203.0.113.7", T0.plusSeconds(3)));
        assertTrue(throttle.blockedUntil("203.0.113.8", T0.plusSeconds(3)).isEmpty(), "other addresses are not");
        assertTrue(throttle.blockedUntil("203.0.113.7", until.get()).isEmpty(), "over after the window");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        AddressThrottle throttle = new AddressThrottle(3, WINDOW, 100);
        throttle.recordFailure("203.0.113.7", T0);
        throttle.recordFailure("203.0.113.7", T0.plusSeconds(1));
        assertTrue(throttle.recordFailure("203.0.113.7", T0.plus(WINDOW)).isEmpty(), "a new window begins");
        assertTrue(throttle.blockedUntil("203.0.113.7", T0.plus(WINDOW)).isEmpty());
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        AddressThrottle throttle = new AddressThrottle(2, WINDOW, 100);
        throttle.recordFailure("2001:db8:1:2::1", T0);
        assertTrue(throttle.recordFailure("2001:db8:1:2:ffff:0:0:9", T0).isPresent(),
                "two addresses of one /64 are one subscriber");
        assertTrue(throttle.blockedUntil("2001:db8:1:2::abcd", T0).isPresent());
        assertFalse(throttle.blockedUntil("2001:db8:1:3::1", T0).isPresent());
        assertEquals("2001:db8:0:0::/64", AddressThrottle.key("2001:db8::1"));
        assertEquals("0:0:0:0::/64", AddressThrottle.key("::1"));
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfAddresses() {
        AddressThrottle throttle = new AddressThrottle(5, WINDOW, 1_000);
        for (int i = 0; i < 50_000; i++) {
            throttle.recordFailure("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), T0);
        }
        assertEquals(1_000, throttle.tracked());
    }
}
