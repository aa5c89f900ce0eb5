package org.newsdesk.account.control;

import java.security.SecureRandom;

/**
 * Temporary passwords for an admin's reset: 20 random characters from 32 that cannot be confused when read out or
 * typed (no 0/O, 1/l/I), in groups of five — 100 bits, and only good for choosing a new password.
 */
public final class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789#".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
