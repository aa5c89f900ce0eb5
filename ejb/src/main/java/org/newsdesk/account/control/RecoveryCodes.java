package org.newsdesk.account.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes of two-factor login: ten, each 10 characters from 32 that cannot be confused (50 bits), written
 * "abcde-fghjk". Typed codes are compared in their normal form: lower case, no spaces or dashes.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789#".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int c = 0; c < COUNT; c++) {
            StringBuilder code = new StringBuilder(11);
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    code.append('-');
                }
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The form a code is hashed in; null when what was typed cannot be a recovery code. */
    public static String normal(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.replace(" ", "").replace("-", "").strip().toLowerCase(Locale.ROOT);
        return code.length() == 10 ? code : null;
    }
}
