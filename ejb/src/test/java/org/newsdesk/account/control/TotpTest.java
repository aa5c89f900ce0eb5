package org.newsdesk.account.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 secret, and the last six digits of its eight-digit codes. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesOfRfc6238() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void aCodeMatchesItsStepAndOneEitherSideOnly() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now));
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now).isEmpty());
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, " 005 924 ", now), "spaces are fine");
        for (String junk : new String[] {null, "", "12345", "1234567", "abcdef", "٠٠٥٩٢٤", "x".repeat(100_000)}) {
            assertTrue(Totp.matchingStep(RFC_SECRET, junk, now).isEmpty(), String.valueOf(junk).length() + "");
        }
    }

    @Test
    void theEnrolmentAddressNamesIssuerAccountAndSecret() {
        byte[] secret = Totp.newSecret();
        assertEquals(20, secret.length);
        String uri = Totp.uri("Newsdesk", "jürgen.groß", secret);
        assertTrue(uri.startsWith("otpauth://totp/Newsdesk:j%C3%BCrgen.gro%C3%9F?secret="), uri);
        assertTrue(uri.contains("secret=" + Totp.base32(secret) + "&issuer=Newsdesk"), uri);
        assertTrue(Totp.base32(secret).matches("[A-Z2-7]{32}"), Totp.base32(secret));
    }
}
