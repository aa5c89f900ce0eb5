package org.newsdesk.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of a personal API token, {@code nd_<lookup>_<secret>}: 12 characters to find it, 32 secret ones (base62,
 * 190 bits). A presented token is checked for this form before anything else, so garbage costs nothing; the secret
 * is kept only as its SHA-256, compared in constant time.
 */
public final class TokenSecrets {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern FORM = Pattern.compile("nd_([0-9A-Za-z]{12})_([0-9A-Za-z]{32})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token taken apart. */
    public record Parts(String lookup, String secret) {
        public String token() {
            return "nd_" + lookup + "_" + secret;
        }
    }

    private TokenSecrets() {
    }

    public static Parts generate() {
        return new Parts(random(12), random(32));
    }

    /** The parts of a presented token; empty when it does not have the form. */
    public static Optional<Parts> parse(String presented) {
        if (presented == null || presented.length() != 48) {
            return Optional.empty();
        }
        var matcher = FORM.matcher(presented);
        return matcher.matches() ? Optional.of(new Parts(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
