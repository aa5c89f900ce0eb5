package org.newsdesk.audit.entity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The secret that keys the audit chain (HMAC-SHA256). It comes from configuration and is never stored in the
 * database, so whoever can write the database still cannot recompute a chain that verifies.
 */
public final class LedgerKey {

    /** The shortest secret accepted, in characters: 256 bits of an ASCII key. */
    public static final int MIN_LENGTH = 32;

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private LedgerKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** @throws IllegalArgumentException when the secret is missing or shorter than {@link #MIN_LENGTH} */
    public static LedgerKey of(String secret) {
        if (secret == null || secret.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the audit ledger key must have at least " + MIN_LENGTH
                    + " characters (e.g. the output of 'openssl rand -base64 48')");
        }
        return new LedgerKey(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** A key for another purpose, derived from this one, so one secret serves several uses independently. */
    public LedgerKey derive(String purpose) {
        return new LedgerKey(hasher().mac(purpose.getBytes(StandardCharsets.UTF_8)));
    }

    /** A hasher for one thread: cheap to use in a loop over millions of events. */
    public Hasher hasher() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return new Hasher(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The keyed hash of a text, as 64 hex digits. */
    public String sign(String text) {
        return hasher().hex(text);
    }

    /** Not thread-safe: one per thread or loop. */
    public static final class Hasher {

        private final Mac mac;

        private Hasher(Mac mac) {
            this.mac = mac;
        }

        public String hex(String text) {
            return HexFormat.of().formatHex(mac(text.getBytes(StandardCharsets.UTF_8)));
        }

        byte[] mac(byte[] data) {
            return mac.doFinal(data);
        }
    }

    @Override
    public String toString() {
        return "LedgerKey[secret hidden]";
    }
}
