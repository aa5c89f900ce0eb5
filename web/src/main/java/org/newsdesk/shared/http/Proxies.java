package org.newsdesk.shared.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}) are
 * believed: IP addresses or CIDR ranges, configured by the operator ({@code NEWSDESK_PROXIES}), never learnt from a
 * request. A request from anywhere else is taken as it arrives, whatever headers it carries.
 */
public final class Proxies {

    /** Only literal addresses: a host name would make every request wait for DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    /** Enough hops for any real chain of proxies; an attacker's long header is not walked further. */
    private static final int MAX_HOPS = 20;

    private final List<Range> ranges;

    private Proxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static Proxies none() {
        return new Proxies(List.of());
    }

    /**
     * Parses "10.0.0.1, 192.168.0.0/16, ::1".
     *
     * @throws IllegalArgumentException naming the entry that is not an address or range
     */
    public static Proxies parse(String configured) {
        List<Range> ranges = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                String item = entry.strip();
                if (!item.isEmpty()) {
                    ranges.add(Range.parse(item));
                }
            }
        }
        return new Proxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = bytes(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    /**
     * The client's address: the peer itself, or, when the peer is a trusted proxy, the right-most address in
     * {@code X-Forwarded-For} that is not one of our proxies (the left part of that header is the client's to
     * write and proves nothing).
     */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= Math.max(0, hops.length - MAX_HOPS); i--) {
            String hop = hops[i].strip();
            if (bytes(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client;
    }

    /** The last value of a forwarded header set by a trusted peer, else empty. */
    public Optional<String> forwarded(String peer, String header) {
        if (header == null || header.isBlank() || !trusts(peer)) {
            return Optional.empty();
        }
        String[] values = header.split(",");
        return Optional.of(values[values.length - 1].strip());
    }

    static Optional<byte[]> bytes(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!LITERAL.matcher(literal).matches() || (literal.indexOf(':') < 0 && literal.indexOf('.') < 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String item) {
            int slash = item.indexOf('/');
            String address = slash < 0 ? item : item.substring(0, slash);
            byte[] bytes = bytes(address).orElseThrow(() ->
                    new IllegalArgumentException("not an IP address or CIDR range: '" + item + "'"));
            int prefix;
            try {
                prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(item.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR prefix length: '" + item + "'");
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix out of range: '" + item.toLowerCase(Locale.ROOT) + "'");
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
