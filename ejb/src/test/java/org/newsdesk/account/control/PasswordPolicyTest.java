package org.newsdesk.account.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static void weak(String password, String reasonPart, String... personal) {
        Optional<String> weakness = PasswordPolicy.weakness(password, personal);
        assertTrue(weakness.isPresent(), password + " should be refused");
        assertTrue(weakness.get().contains(reasonPart), weakness.get());
    }

    @Test
    void lengthAndBlanknessComeFirst() {
        weak(null, "at least 12");
        weak("kurz", "at least 12");
        weak(" ".repeat(20), "blank");
        weak("x".repeat(257), "at most 256");
    }

    @Test
    void commonAndBreachedStylePasswordsAreRefusedWhateverTheirLength() {
        weak("password1234", "too easy to guess");
        weak("qwertyuiop123", "too easy to guess");
        weak("iloveyou12345", "too easy to guess");
        weak("Passwort12345", "too easy to guess");
        weak("aaaaaaaaaaaaaaaa", "too easy to guess");
        weak("123456789012", "too easy to guess");
    }

    @Test
    void theAccountsOwnNamesDoNotMakeAPassword() {
        assertEquals(Optional.empty(), PasswordPolicy.weakness("juergen.gross.2026"));
        weak("juergen.gross.2026", "too easy to guess", "juergen.gross", "Jürgen Groß");
    }

    @Test
    void passphrasesAndRandomPasswordsPass() {
        assertEquals(Optional.empty(), PasswordPolicy.weakness("ein sehr geheimes Passwort"));
        assertEquals(Optional.empty(), PasswordPolicy.weakness("Fußball-Weltmeister"));
        assertEquals(Optional.empty(), PasswordPolicy.weakness("correct horse battery"));
        assertEquals(Optional.empty(), PasswordPolicy.weakness("q7#Vt!mZ2pLw"));
    }

    @Test
    void aHostileMaximalPasswordIsMeasuredInBoundedTime() {
        for (String unit : new String[] {"1", "ab", "a1", "aB3$", "password", "ü"}) {
            String hostile = unit.repeat(PasswordPolicy.MAX_LENGTH / unit.length() + 1)
                    .substring(0, PasswordPolicy.MAX_LENGTH);
            long started = System.nanoTime();
            PasswordPolicy.weakness(hostile);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 1_000, unit + ": " + millis + " ms");
        }
    }
}
