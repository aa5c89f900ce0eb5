package org.newsdesk.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One event as the chain sees it: its stored fields, the hash it claims and the hash of its predecessor.
 * The verification reads these straight from a database cursor; {@link AuditEvent} makes one to write.
 * <p>
 * Chain version 2 (every event Newsdesk writes now) is an HMAC-SHA256 with the {@link LedgerKey}; version 1 is
 * the plain SHA-256 of events written before the ledger was keyed, accepted only as the start of the chain.
 *
 * @param chain the hash version: {@link #KEYED} or {@link #LEGACY}
 */
public record ChainLink(long seq, Instant at, String actor, String action, String storyId, String entityType,
                        String entityId, String details, String prevHash, String hash, int chain) {

    public static final int LEGACY = 1;
    public static final int KEYED = 2;

    /** The {@code prevHash} of the very first event. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /** The hash these fields must have under the given key. */
    public String expectedHash(LedgerKey.Hasher key) {
        return switch (chain) {
            case KEYED -> key.hex(canonical("newsdesk-audit-v2\n"));
            case LEGACY -> sha256(canonical("newsdesk-audit-v1\n"));
            default -> "unknown chain version " + chain;
        };
    }

    /** Whether the stored hash is the one its content and key give. */
    public boolean hasIntactHash(LedgerKey.Hasher key) {
        return expectedHash(key).equals(hash);
    }

    /** Whether this event directly follows {@code previous} (or is the first event when it is null). */
    public boolean follows(ChainLink previous) {
        if (previous == null) {
            return seq == 1 && GENESIS_HASH.equals(prevHash);
        }
        return seq == previous.seq + 1 && previous.hash.equals(prevHash);
    }

    /**
     * A length-prefixed serialisation of every field, so that no two different events serialise alike (a field
     * containing the separator cannot shift content into the next one, and null differs from empty).
     */
    private String canonical(String version) {
        StringBuilder canonical = new StringBuilder(version);
        for (String field : new String[] {Long.toString(seq), at.toString(), actor, action, storyId, entityType,
                entityId, details, prevHash}) {
            String value = field == null ? "" : field;
            canonical.append(field == null ? -1 : value.length()).append(':').append(value).append('\n');
        }
        return canonical.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
