package org.newsdesk.shared.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SecretBoxTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensWithTheSameKeyAndPurposeOnly() {
        SecretBox box = new SecretBox(key(1));
        byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);
        String sealed = box.seal(secret, "totp");
        assertArrayEquals(secret, box.open(sealed, "totp"));
        assertNotEquals(sealed, box.seal(secret, "totp"), "a fresh nonce every time");
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(key(2)).open(sealed, "totp"));
        assertThrows(IllegalArgumentException.class, () -> box.open(sealed, "recovery"));
    }

    @Test
    void anAlteredOrForeignValueDoesNotOpen() {
        SecretBox box = new SecretBox(key(1));
        String sealed = box.seal(new byte[] {1, 2, 3}, "totp");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> box.open(altered, "totp"));
        assertThrows(IllegalArgumentException.class, () -> box.open("v1:AAAA", "totp"));
        assertThrows(IllegalArgumentException.class, () -> box.open("plain secret", "totp"));
        assertThrows(IllegalArgumentException.class, () -> box.open(null, "totp"));
    }
}
