package org.newsdesk.account.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins per client address: after {@code limit} failures within {@code window} the address is refused for
 * one window, before any password is hashed. Complements the per-account lock-out (in the database) against
 * password spraying, where one address tries a few passwords on many accounts. IPv6 addresses count per /64, the
 * block one subscriber gets. At most {@code capacity} addresses are tracked (least recently seen dropped first),
 * so an attacker with many addresses cannot exhaust memory. Thread-safe.
 */
final class AddressThrottle {

    private final int limit;
    private final Duration window;
    private final Map<String, Tally> tallies;

    AddressThrottle(int limit, Duration window, int capacity) {
        if (limit < 1 || window.isNegative() || window.isZero() || capacity < 1) {
            throw new IllegalArgumentException("limit, window and capacity must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.tallies = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Until when the address is refused, if it is. */
    synchronized Optional<Instant> blockedUntil(String address, Instant now) {
        Tally tally = tallies.get(key(address));
        return tally != null && tally.blockedUntil != null && now.isBefore(tally.blockedUntil)
                ? Optional.of(tally.blockedUntil) : Optional.empty();
    }

    /** Counts a failure; returns the end of the block when this very failure reached the limit. */
    synchronized Optional<Instant> recordFailure(String address, Instant now) {
        String key = key(address);
        Tally tally = tallies.get(key);
        if (tally == null || !now.isBefore(tally.start.plus(window))
                && (tally.blockedUntil == null || !now.isBefore(tally.blockedUntil))) {
            tally = new Tally(now);
            tallies.put(key, tally);
        }
        tally.failures++;
        if (tally.failures == limit) {
            tally.blockedUntil = now.plus(window);
            return Optional.of(tally.blockedUntil);
        }
        return Optional.empty();
    }

    synchronized int tracked() {
        return tallies.size();
    }

    /** IPv4 as it is; IPv6 by its first four groups (the /64). */
    static String key(String address) {
        if (address == null) {
            return "";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        String expanded = address.contains("::") ? expand(address) : address;
        String[] groups = expanded.split(":", -1);
        return groups.length < 4 ? address : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    private static String expand(String address) {
        int gap = address.indexOf("::");
        String head = address.substring(0, gap);
        String tail = address.substring(gap + 2);
        int present = (head.isEmpty() ? 0 : head.split(":").length) + (tail.isEmpty() ? 0 : tail.split(":").length);
        StringBuilder zeros = new StringBuilder();
        for (int i = present; i < 8; i++) {
            zeros.append(zeros.isEmpty() ? "0" : ":0");
        }
        return (head.isEmpty() ? "" : head + ":") + zeros + (tail.isEmpty() ? "" : ":" + tail);
    }

    private static final class Tally {
        final Instant start;
        int failures;
        Instant blockedUntil;

        Tally(Instant start) {
            this.start = start;
        }
    }
}
